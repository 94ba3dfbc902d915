using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// What a recognised character may stand for in a VIN, each with a cost: the natural log of how
/// much less likely it is than what was read. The LSTM's own alternatives cost by their confidence;
/// a printed look-alike the LSTM did not weigh costs <see cref="LookAlikeCost"/>.
/// </summary>
internal static class VinOptions
{
    /// <summary>A look-alike the model did not consider: less likely than any alternative it did (beyond <see cref="VinExtractor.DoubtMargin"/>).</summary>
    public const double LookAlikeCost = 5.5;

    /// <summary>A character that is neither read, nor an alternative, nor a look-alike (another reading of the image says so).</summary>
    public const double UnrelatedCost = 8.0;

    // An alternative the model reported with (almost) no confidence.
    private const float ConfidenceFloor = 1f;

    public static IReadOnlyList<(char Character, double Cost)> Of(OcrGlyph glyph, bool lookAlikes = true)
    {
        var best = Math.Max(glyph.Confidence, 1f);
        var options = new Dictionary<char, double>();
        foreach (var choice in glyph.Choices)
        {
            var character = LookAlikes.InVin(LookAlikes.Latin(char.ToUpperInvariant(choice.Character)));
            var cost = choice == glyph.Choices[0] ? 0 : Math.Log(best / Math.Max(choice.Confidence, ConfidenceFloor));
            Add(options, character, Math.Max(0, cost));
        }
        foreach (var (character, cost) in lookAlikes ? options.ToList() : [])
        {
            if (LookAlikes.Of(character) is { } other)
                Add(options, other, cost + LookAlikeCost);
        }
        return options.Where(o => InAlphabet(o.Key)).Select(o => (o.Key, o.Value)).ToList();
    }

    private static void Add(Dictionary<char, double> options, char character, double cost)
    {
        if (!options.TryGetValue(character, out var known) || cost < known)
            options[character] = cost;
    }

    private static bool InAlphabet(char c) =>
        c is >= 'A' and <= 'Z' or >= '0' and <= '9' && c is not ('I' or 'O' or 'Q');
}
