using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// What a recognised character may stand for in a VIN, each with a cost (<see cref="GlyphAlternatives"/>):
/// the LSTM's own alternatives by their confidence, a printed look-alike the LSTM did not weigh at
/// <see cref="GlyphAlternatives.LookAlikeCost"/>.
/// </summary>
internal static class VinOptions
{
    public static IReadOnlyList<(char Character, double Cost)> Of(OcrGlyph glyph, bool lookAlikes = true)
    {
        var options = new Dictionary<char, double>();
        foreach (var (character, cost) in GlyphAlternatives.Of(glyph))
            GlyphAlternatives.Add(options, LookAlikes.InVin(LookAlikes.Latin(character)), cost);
        foreach (var (character, cost) in lookAlikes ? options.ToList() : [])
        {
            if (LookAlikes.Of(character) is { } other)
                GlyphAlternatives.Add(options, other, cost + GlyphAlternatives.LookAlikeCost);
        }
        return options.Where(o => InAlphabet(o.Key)).Select(o => (o.Key, o.Value)).ToList();
    }

    private static bool InAlphabet(char c) =>
        c is >= 'A' and <= 'Z' or >= '0' and <= '9' && c is not ('I' or 'O' or 'Q');
}
