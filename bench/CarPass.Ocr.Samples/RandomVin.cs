using CarPass.Domain.Vehicles;

namespace CarPass.Ocr.Samples;

/// <summary>
/// VINs as the world prints them: mostly well-known makers' prefixes, some makers nobody lists;
/// after the prefix every character uniform over the VIN alphabet (a reader must not count on
/// serials being digits); North America's model-year code and right check digit (both mandatory
/// there); elsewhere position 9 holds the right check digit, a wrong digit or no check digit at
/// all, a third of each.
/// </summary>
public static class RandomVin
{
    public const string Alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private const string YearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private const string Digits = "0123456789X";
    private const string Letters = "ABCDEFGHJKLMNPRSTUVWYZ";
    private const string Regions = "ABCDEFGHJKLMNPRSTUVWXYZ123456789";

    // Real prefixes of common makers (Europe, Russia, Asia, North and South America).
    private static readonly string[] Makers =
    [
        "WVW",
        "WBA",
        "WDD",
        "WAU",
        "WF0",
        "W0L",
        "VF1",
        "VF3",
        "VF7",
        "VSS",
        "XTA",
        "Z94",
        "X7L",
        "XW8",
        "JTD",
        "JHM",
        "JN1",
        "JMZ",
        "KMH",
        "KNA",
        "TMB",
        "TRU",
        "YV1",
        "SAL",
        "SJN",
        "ZFA",
        "LSV",
        "MA3",
        "9BW",
        "1HG",
        "1FA",
        "1G1",
        "1C4",
        "2T1",
        "2HG",
        "3VW",
        "3FA",
        "4T1",
        "5YJ",
        "5N1",
    ];

    public static string Next(Random random)
    {
        var chars = new char[Vin.Length];
        Maker(random).CopyTo(chars);
        for (var i = 3; i < Vin.Length; i++)
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        var vin = new string(chars);
        if (Vin.IsCheckDigitMandatory(vin))
        {
            chars[Vin.ModelYearIndex] = YearCodes[random.Next(YearCodes.Length)];
            chars[Vin.CheckDigitIndex] = Vin.CheckDigit(new string(chars));
            return new string(chars);
        }
        var right = Vin.CheckDigit(vin);
        chars[Vin.CheckDigitIndex] = random.Next(3) switch
        {
            0 => right,
            1 => Digits.Where(d => d != right).ElementAt(random.Next(Digits.Length - 1)),
            _ => Letters[random.Next(Letters.Length)],
        };
        return new string(chars);
    }

    // One in seven is a maker no list knows: any region letter, then any two characters.
    private static string Maker(Random random) =>
        random.Next(7) == 0
            ? $"{Regions[random.Next(Regions.Length)]}{Alphabet[random.Next(Alphabet.Length)]}{Alphabet[random.Next(Alphabet.Length)]}"
            : Makers[random.Next(Makers.Length)];
}
