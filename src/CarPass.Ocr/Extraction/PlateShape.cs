namespace CarPass.Ocr.Extraction;

/// <summary>
/// The letter and digit positions of a Russian plate (L DDD LL DD[D]): a character read in the
/// wrong class is replaced by its look-alike of the right class.
/// </summary>
internal static class PlateShape
{
    private const string Letters = "АВЕКМНОРСТУХ";
    private const string LatinLookAlikes = "ABEKMHOPCTYX";

    private static readonly Dictionary<char, char> DigitForLetter = new()
    {
        ['О'] = '0',
        ['O'] = '0',
        ['В'] = '8',
        ['B'] = '8',
        ['З'] = '3',
        ['Б'] = '6',
        ['Т'] = '7',
        ['T'] = '7',
        ['А'] = '4',
        ['A'] = '4',
        ['S'] = '5',
        ['I'] = '1',
        ['L'] = '1',
        ['Z'] = '2',
    };

    private static readonly Dictionary<char, char> LetterForDigit = new()
    {
        ['0'] = 'О',
        ['8'] = 'В',
        ['7'] = 'Т',
        ['4'] = 'А',
    };

    public static string Fix(string text) =>
        string.Create(
            text.Length,
            text,
            (chars, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                    chars[i] = IsLetterPosition(i) ? AsLetter(source[i]) : AsDigit(source[i]);
            }
        );

    public const int SeriesLength = 6;

    /// <summary>
    /// A series with a 3-digit region, else with a 2-digit one: a stray mark read after the region
    /// ("RUS", the frame) must not turn 77 into 771. Three-digit regions begin with 1, 7 or 9.
    /// </summary>
    public static IEnumerable<string> Readings(string text)
    {
        var fixedText = Fix(text);
        if (fixedText.Length >= SeriesLength + 3 && IsRegion(fixedText[SeriesLength..(SeriesLength + 3)]))
            yield return fixedText[..(SeriesLength + 3)];
        if (IsRegion(fixedText[SeriesLength..(SeriesLength + 2)]))
            yield return fixedText[..(SeriesLength + 2)];
    }

    /// <summary>01–99, or a three-digit code in use (<see cref="PlateRegions"/>).</summary>
    public static bool IsRegion(string text) =>
        text.All(char.IsAsciiDigit)
        && text.Length switch
        {
            2 => text != "00",
            3 => PlateRegions.IsLongRegion(text),
            _ => false,
        };

    /// <summary>
    /// What a character read at this place of a plate may be: itself when it is of the place's class
    /// (a Latin look-alike letter as its Cyrillic one), else its look-alike of that class, else nothing.
    /// </summary>
    public static (char Character, bool LookAlike)? InPlace(char c, int index)
    {
        if (IsLetterPosition(index))
        {
            var letter =
                Letters.Contains(c) ? c
                : LatinLookAlikes.IndexOf(c) is var i and >= 0 ? Letters[i]
                : (char?)null;
            return letter is { } l ? (l, false)
                : LetterForDigit.TryGetValue(c, out var alike) ? (alike, true)
                : null;
        }
        return char.IsAsciiDigit(c) ? (c, false)
            : DigitForLetter.TryGetValue(c, out var digit) ? (digit, true)
            : null;
    }

    public static bool IsSeries(string text) =>
        text.Length == 6
        && text.Select((c, i) => IsLetterPosition(i) ? Letters.Contains(c) : char.IsAsciiDigit(c)).All(ok => ok);

    private static bool IsLetterPosition(int index) => index is 0 or 4 or 5;

    private static char AsLetter(char c)
    {
        var latin = LatinLookAlikes.IndexOf(c);
        return latin >= 0 ? Letters[latin] : LetterForDigit.GetValueOrDefault(c, c);
    }

    private static char AsDigit(char c) => DigitForLetter.GetValueOrDefault(c, c);
}
