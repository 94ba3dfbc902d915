using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Where a plate stands in a photo the plate passes read: the glyphs of the window of a plate's
/// length that its decoder liked best (see <see cref="PhotoPart"/>).
/// </summary>
internal static class PlateLine
{
    public static OcrBox? Find(IReadOnlyList<OcrText> readings)
    {
        var best = readings
            .SelectMany(r => Lengths.SelectMany(length => GlyphWindows.Of(r, length)).Where(w => !w.Guess))
            .Select(w => (w.Glyphs, Decoded: PlateDecoder.Decode(w.Glyphs)))
            .Where(w => w.Decoded.Count > 0)
            .OrderBy(w => w.Decoded[0].Cost)
            .Select(w => w.Glyphs)
            .FirstOrDefault();
        return best is null ? null : OcrBox.Around(best);
    }

    private static readonly int[] Lengths = [PlateShape.SeriesLength + 2, PlateShape.SeriesLength + 3];
}
