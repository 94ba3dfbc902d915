namespace CarPass.Domain.Vehicles;

/// <summary>
/// Decodes a checked VIN offline (docs/VEHICLE_KNOWLEDGE.md, "VIN decoding"): the maker from the
/// WMI table shipped with the product, the model year from position 10.
/// </summary>
public static class VinDecoding
{
    /// <summary>ISO 3780: a 9 in position 3 marks a small maker, named by positions 12–14 instead.</summary>
    public const char SmallMakerMark = '9';

    /// <summary>How far a model year may stand from the year of manufacture or registration and still fit it.</summary>
    public const int ModelYearSlack = 1;

    /// <param name="vin">A VIN that passed <see cref="Vin.Validate"/>.</param>
    /// <param name="statedYear">The year of manufacture or registration the owner gave, if any.</param>
    public static DecodedVin Decode(string vin, int? statedYear, DateTime nowUtc)
    {
        var wmi = vin[..3].ToUpperInvariant();
        var maker = wmi[2] == SmallMakerMark ? null : WorldManufacturers.Find(wmi);
        var years = Vin.ModelYears(vin);
        return new DecodedVin(
            vin,
            wmi,
            maker?.Maker,
            maker?.Country,
            years,
            ChooseModelYear(vin, years, statedYear, nowUtc.Year + 1)
        );
    }

    private static int? ChooseModelYear(string vin, IReadOnlyList<int> years, int? statedYear, int lastYear)
    {
        var possible = years.Where(y => y <= lastYear).ToList();
        if (possible.Count == 0)
            return null;
        if (
            statedYear is { } stated
            && possible.FirstOrDefault(y => Math.Abs(y - stated) <= ModelYearSlack) is > 0 and var fit
        )
            return fit;
        // 49 CFR 565.15: a North-American car of model year 2010 or later carries a letter in position 7.
        if (statedYear is null && Vin.IsCheckDigitMandatory(vin) && possible.Count == 2)
            return char.IsAsciiLetter(vin[6]) ? possible[1] : possible[0];
        return possible.Max();
    }
}
