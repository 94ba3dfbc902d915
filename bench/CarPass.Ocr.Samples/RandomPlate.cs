namespace CarPass.Ocr.Samples;

/// <summary>Russian plates (GOST R 50577): a letter, three digits, two letters and a 2- or 3-digit region.</summary>
public static class RandomPlate
{
    private const string Letters = "АВЕКМНОРСТУХ";

    private static readonly string[] Regions =
    [
        "77",
        "99",
        "197",
        "777",
        "50",
        "750",
        "78",
        "178",
        "16",
        "116",
        "54",
        "66",
        "02",
        "23",
        "123",
    ];

    public static (string Series, string Region) Next(Random random)
    {
        var series = $"{Letter(random)}{random.Next(1, 1000):000}{Letter(random)}{Letter(random)}";
        return (series, Regions[random.Next(Regions.Length)]);
    }

    private static char Letter(Random random) => Letters[random.Next(Letters.Length)];
}
