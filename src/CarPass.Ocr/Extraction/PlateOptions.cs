using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// What a recognised character may stand for at one place of a Russian plate, each with a cost
/// (<see cref="GlyphAlternatives"/>): the LSTM's alternatives of the place's class (a series letter
/// or a digit), and a look-alike of that class for one of another class at
/// <see cref="GlyphAlternatives.LookAlikeCost"/> more.
/// </summary>
internal static class PlateOptions
{
    public static IReadOnlyList<(char Character, double Cost)> Of(OcrGlyph glyph, int index)
    {
        var options = new Dictionary<char, double>();
        foreach (var (character, cost) in GlyphAlternatives.Of(glyph))
        {
            if (PlateShape.InPlace(character, index) is var (inPlace, lookAlike))
                GlyphAlternatives.Add(options, inPlace, cost + (lookAlike ? GlyphAlternatives.LookAlikeCost : 0));
        }
        return options.Select(o => (o.Key, o.Value)).ToList();
    }

    /// <summary>What reading these glyphs as this plate costs.</summary>
    public static double Cost(IReadOnlyList<OcrGlyph> glyphs, string plate) =>
        GlyphAlternatives.Cost(glyphs, plate, Of);
}
