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
        var read = LookAlikes.InVin(LookAlikes.Latin(char.ToUpperInvariant(glyph.Character)));
        foreach (var (character, cost) in GlyphAlternatives.Of(glyph))
        {
            var option = LookAlikes.InVin(LookAlikes.Latin(character));
            GlyphAlternatives.Add(options, option, Calibrated(read, option, cost));
        }
        foreach (var (character, cost) in lookAlikes ? options.ToList() : [])
        {
            if (LookAlikes.Of(character) is { } other)
                GlyphAlternatives.Add(options, other, cost + GlyphAlternatives.LookAlikeCost);
        }
        return options.Where(o => InAlphabet(o.Key)).Select(o => (o.Key, o.Value)).ToList();
    }

    // The English model is surer of S than it should be where many faces print a 5 (validation set,
    // tuning fonts: S read for 5 about ten times as often as 5 for S): a 5 it weighed costs less.
    private const double FiveReadAsS = 2.0;

    private static double Calibrated(char read, char option, double cost) =>
        read == 'S' && option == '5' ? Math.Max(0.1, cost - FiveReadAsS) : cost;

    private static bool InAlphabet(char c) =>
        c is >= 'A' and <= 'Z' or >= '0' and <= '9' && c is not ('I' or 'O' or 'Q');
}
