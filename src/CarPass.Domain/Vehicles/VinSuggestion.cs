namespace CarPass.Domain.Vehicles;

/// <summary>
/// The make and year a decoded VIN proposes for a vehicle, and what it contradicts of what the
/// owner typed. Nothing here is written: the owner accepts or skips.
/// </summary>
/// <param name="Make">The maker to write, or null when the VIN names none or agrees already.</param>
/// <param name="Year">The model year to write, or null when the VIN gives none or the stated year fits it.</param>
/// <param name="TypedMake">The owner's make that <paramref name="Make"/> would replace, if any.</param>
/// <param name="TypedYear">The owner's year that <paramref name="Year"/> would replace, if any.</param>
public sealed record VinSuggestion(string? Make, int? Year, string? TypedMake, int? TypedYear)
{
    public bool IsMismatch => TypedMake is not null || TypedYear is not null;

    /// <summary>Null when the VIN has nothing to add to or correct in what the vehicle says.</summary>
    public static VinSuggestion? For(DecodedVin decoded, string? make, int? year)
    {
        var newMake = decoded.Maker is { } maker && !SameMaker(make, maker) ? maker : null;
        var newYear =
            decoded.ModelYear is { } modelYear
            && (year is not { } typed || Math.Abs(typed - modelYear) > VinDecoding.ModelYearSlack)
                ? decoded.ModelYear
                : null;
        if (newMake is null && newYear is null)
            return null;
        return new VinSuggestion(
            newMake,
            newYear,
            newMake is not null && !string.IsNullOrWhiteSpace(make) ? make.Trim() : null,
            newYear is not null ? year : null
        );
    }

    /// <summary>"mercedes" agrees with "Mercedes-Benz", "Skoda" with "Škoda": letters and digits only, one a prefix of the other.</summary>
    private static bool SameMaker(string? typed, string maker)
    {
        var (a, b) = (Letters(typed), Letters(maker));
        return a == b
            || Math.Min(a.Length, b.Length) >= 3
                && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));
    }

    private static string Letters(string? text) =>
        new string(
            (text ?? "")
                .Normalize(System.Text.NormalizationForm.FormD)
                .Where(char.IsLetterOrDigit)
                .Select(char.ToLowerInvariant)
                .ToArray()
        );
}
