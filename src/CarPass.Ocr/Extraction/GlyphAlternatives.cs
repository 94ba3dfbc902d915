using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// The characters the model weighed at one place, upper-case, each with a cost: the natural log of
/// how much less likely it is than what was read (0 for the character read).
/// </summary>
internal static class GlyphAlternatives
{
    /// <summary>A look-alike the model did not consider: less likely than any alternative it did (beyond <see cref="VinExtractor.DoubtMargin"/>).</summary>
    public const double LookAlikeCost = 5.5;

    /// <summary>A character that is neither read, nor an alternative, nor a look-alike (another reading of the image says so).</summary>
    public const double UnrelatedCost = 8.0;

    // An alternative the model reported with (almost) no confidence.
    private const float ConfidenceFloor = 1f;

    public static IEnumerable<(char Character, double Cost)> Of(OcrGlyph glyph)
    {
        var best = Math.Max(glyph.Confidence, 1f);
        foreach (var choice in glyph.Choices)
        {
            var cost = choice == glyph.Choices[0] ? 0 : Math.Log(best / Math.Max(choice.Confidence, ConfidenceFloor));
            yield return (char.ToUpperInvariant(choice.Character), Math.Max(0, cost));
        }
    }

    /// <summary>Adds an option, keeping the cheaper cost when the character is there already.</summary>
    public static void Add(Dictionary<char, double> options, char character, double cost)
    {
        if (!options.TryGetValue(character, out var known) || cost < known)
            options[character] = cost;
    }

    /// <summary>What reading the glyphs as this text costs, a character at a time, given each place's options.</summary>
    public static double Cost(
        IReadOnlyList<OcrGlyph> glyphs,
        string text,
        Func<OcrGlyph, int, IReadOnlyList<(char Character, double Cost)>> options
    )
    {
        var total = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var option = options(glyphs[i], i).FirstOrDefault(o => o.Character == text[i]);
            total += option.Character == text[i] ? option.Cost : UnrelatedCost;
        }
        return total;
    }

    /// <summary>
    /// A text's cost over several readings of one image: in each, its cheapest window of the text's
    /// length (a guess costs more), or a fixed cost for a reading with no such window.
    /// </summary>
    public static double OverReadings(
        IReadOnlyList<IReadOnlyList<GlyphWindow>> readings,
        string text,
        Func<IReadOnlyList<OcrGlyph>, string, double> cost
    ) =>
        readings.Sum(pass =>
            pass.Where(w => w.Glyphs.Count == text.Length)
                .Select(w => cost(w.Glyphs, text) + (w.Guess ? GuessCost : 0))
                .DefaultIfEmpty(UnreadCost)
                .Min()
        );

    // A window cut from a longer word, and a reading of the image that has no window at all.
    private const double GuessCost = 2.0;
    private const double UnreadCost = 4.0;
}
