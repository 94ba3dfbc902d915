namespace CarPass.Ocr.Extraction;

/// <summary>Latin letters and digits that print alike (5/S, 8/B, 0/D, 2/Z, 6/G, 1/L, 4/A, 7/T): recognition mixes them up.</summary>
internal static class LookAlikes
{
    private static readonly (char A, char B)[] Pairs =
    [
        ('S', '5'),
        ('B', '8'),
        ('Z', '2'),
        ('G', '6'),
        ('D', '0'),
        ('A', '4'),
        ('T', '7'),
        ('L', '1'),
    ];

    public static char? Of(char c)
    {
        foreach (var (a, b) in Pairs)
        {
            if (c == a)
                return b;
            if (c == b)
                return a;
        }
        return null;
    }

    private const string Cyrillic = "АВЕКМНОРСТУХЗ";
    private const string LatinShapes = "ABEKMHOPCTYX3";

    /// <summary>The Latin letter or digit a Cyrillic capital is drawn like (the Russian model reads Latin text so); other characters as they are.</summary>
    public static char Latin(char c) => Cyrillic.IndexOf(c) is var i and >= 0 ? LatinShapes[i] : c;

    /// <summary>I, O and Q never occur in a VIN: wherever they are read they are 1, 0 and 0.</summary>
    public static char InVin(char c) =>
        c switch
        {
            'I' => '1',
            'O' or 'Q' => '0',
            _ => c,
        };
}
