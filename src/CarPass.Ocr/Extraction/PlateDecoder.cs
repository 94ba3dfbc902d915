using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// The readings of 8 or 9 recognised characters that a Russian plate (L DDD LL + a region) may be,
/// cheapest first: each place one of its <see cref="PlateOptions"/>, the region 01–99 or a
/// three-digit code in use. The places are independent but for the region, so a beam keeps the
/// cheapest prefixes.
/// </summary>
internal static class PlateDecoder
{
    private const int Kept = 16;

    public static IReadOnlyList<(string Text, double Cost)> Decode(IReadOnlyList<OcrGlyph> glyphs)
    {
        List<(string Text, double Cost)> beam = [("", 0)];
        for (var index = 0; index < glyphs.Count; index++)
        {
            var options = PlateOptions.Of(glyphs[index], index);
            beam = beam.SelectMany(reading =>
                    options.Select(o => (Text: reading.Text + o.Character, Cost: reading.Cost + o.Cost))
                )
                .Where(reading => index < PlateShape.SeriesLength + 1 || RegionMayStart(reading.Text, glyphs.Count))
                .OrderBy(reading => reading.Cost)
                .Take(Kept)
                .ToList();
        }
        return beam.Where(reading => PlateShape.IsRegion(reading.Text[PlateShape.SeriesLength..])).ToList();
    }

    // A region of three digits must be a code in use; keep only the prefixes some code begins with.
    private static bool RegionMayStart(string text, int length) =>
        length == PlateShape.SeriesLength + 2 || PlateRegions.Begins(text[PlateShape.SeriesLength..]);
}
