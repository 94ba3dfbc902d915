using CarPass.Domain.Vehicles;

namespace CarPass.Ocr.Samples;

/// <summary>Plausible VINs: real world manufacturer prefixes, a model-year code, and a right check digit where it is mandatory.</summary>
public static class RandomVin
{
    private const string Allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private const string YearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private const string Digits = "0123456789";

    private static readonly string[] Manufacturers =
    [
        "WVW",
        "WBA",
        "WDD",
        "VF1",
        "VF3",
        "XTA",
        "Z94",
        "X7L",
        "JTD",
        "JHM",
        "KMH",
        "TMB",
        "YV1",
        "SAL",
        "ZFA",
        "1HG",
        "1FA",
        "2T1",
        "3VW",
        "5YJ",
    ];

    public static string Next(Random random)
    {
        var chars = new char[Vin.Length];
        Manufacturers[random.Next(Manufacturers.Length)].CopyTo(chars);
        for (var i = 3; i < Vin.Length; i++)
            chars[i] = i >= 12 ? Digits[random.Next(Digits.Length)] : Allowed[random.Next(Allowed.Length)];
        chars[Vin.ModelYearIndex] = YearCodes[random.Next(YearCodes.Length)];
        var vin = new string(chars);
        // Makers outside North America often put a letter or a zero in position 9; half of these samples do.
        var useCheckDigit = Vin.IsCheckDigitMandatory(vin) || random.Next(2) == 0;
        chars[Vin.CheckDigitIndex] = useCheckDigit ? Vin.CheckDigit(vin) : Allowed[random.Next(Allowed.Length)];
        return new string(chars);
    }
}
