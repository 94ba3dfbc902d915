namespace CarPass.Ocr.Samples;

/// <summary>Russian plates (GOST R 50577): a letter, three digits, two letters and a region code in use.</summary>
public static class RandomPlate
{
    private const string Letters = "АВЕКМНОРСТУХ";

    // Three-digit codes in use besides 01–99 (Moscow, St Petersburg and the large regions).
    private static readonly string[] LongRegions =
    [
        "102",
        "113",
        "116",
        "121",
        "123",
        "124",
        "125",
        "134",
        "136",
        "138",
        "142",
        "150",
        "152",
        "154",
        "159",
        "161",
        "163",
        "164",
        "173",
        "174",
        "177",
        "178",
        "186",
        "190",
        "193",
        "196",
        "197",
        "198",
        "199",
        "250",
        "702",
        "716",
        "750",
        "761",
        "763",
        "774",
        "777",
        "790",
        "797",
        "799",
        "977",
    ];

    public static (string Series, string Region) Next(Random random)
    {
        var series = $"{Letter(random)}{random.Next(1, 1000):000}{Letter(random)}{Letter(random)}";
        var region = random.Next(2) == 0 ? $"{random.Next(1, 100):00}" : LongRegions[random.Next(LongRegions.Length)];
        return (series, region);
    }

    private static char Letter(Random random) => Letters[random.Next(Letters.Length)];
}
