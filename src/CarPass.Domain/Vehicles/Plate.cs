using System.Text.RegularExpressions;
using CarPass.Domain.Common;

namespace CarPass.Domain.Vehicles;

/// <summary>Licence plate rules. Russian plates follow GOST R 50577-2018; other countries get a loose check.</summary>
public static partial class Plate
{
    public const string RussiaCountry = "RU";
    public const int MinOtherLength = 2;
    public const int MaxOtherLength = 10;

    private const string LatinLookAlikes = "ABEKMHOPCTYX";
    private const string CyrillicLetters = "АВЕКМНОРСТУХ";

    public static Outcome<PlateNumber> Validate(string? input, string? country)
    {
        var cleaned = Clean(input);
        if (cleaned.Length == 0)
        {
            return Outcome<PlateNumber>.Fail(ErrorCodes.PlateRequired);
        }
        var countryCode = (country ?? string.Empty).Trim().ToUpperInvariant();
        if (countryCode.Length == 0)
        {
            // Without a country only a Russian-looking plate can be accepted; anything else needs one.
            var russian = ValidateRussian(cleaned);
            return russian.IsSuccess ? russian : Outcome<PlateNumber>.Fail(ErrorCodes.PlateCountryRequired);
        }
        if (!CountryPattern().IsMatch(countryCode))
        {
            return Outcome<PlateNumber>.Fail(ErrorCodes.PlateCountryInvalid);
        }
        return countryCode == RussiaCountry ? ValidateRussian(cleaned) : ValidateOther(cleaned, countryCode);
    }

    /// <summary>"А123ВС77" → "А***ВС77": the first character and at most the last four.</summary>
    public static string Mask(string plate)
    {
        if (plate.Length == 0)
        {
            return "***";
        }
        var visibleTail = Math.Clamp(plate.Length - 4, 0, 4);
        return $"{plate[0]}***{plate[^visibleTail..]}";
    }

    private static Outcome<PlateNumber> ValidateRussian(string cleaned)
    {
        var russian = ToCyrillic(cleaned);
        return RussianPattern().IsMatch(russian)
            ? new PlateNumber(russian, RussiaCountry)
            : Outcome<PlateNumber>.Fail(ErrorCodes.PlateInvalidRu);
    }

    private static Outcome<PlateNumber> ValidateOther(string cleaned, string countryCode) =>
        OtherPattern().IsMatch(cleaned)
            ? new PlateNumber(cleaned, countryCode)
            : Outcome<PlateNumber>.Fail(ErrorCodes.PlateInvalid);

    private static string Clean(string? input) =>
        (input ?? string.Empty).Replace(" ", "").Replace("-", "").Trim().ToUpperInvariant();

    private static string ToCyrillic(string text) =>
        string.Concat(
            text.Select(c =>
            {
                var index = LatinLookAlikes.IndexOf(c);
                return index < 0 ? c : CyrillicLetters[index];
            })
        );

    [GeneratedRegex("^[АВЕКМНОРСТУХ][0-9]{3}[АВЕКМНОРСТУХ]{2}[0-9]{2,3}$")]
    private static partial Regex RussianPattern();

    [GeneratedRegex("^[A-Z0-9]{2,10}$")]
    private static partial Regex OtherPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();
}
