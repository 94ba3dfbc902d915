using CarPass.Domain.Vehicles;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Where a VIN stands in an image an earlier pass read: the window its decoder liked best, or, when
/// no window of 17 characters was read, the line whose length is nearest a VIN's. That part is then
/// read alone as one line (<see cref="OcrPass.LatinLine"/>): without the clutter around it the model
/// sees the line's own height and slope, and a character merged or split in the block layout is
/// often read right.
/// </summary>
internal static class VinLine
{
    // A line as the block layout reads it may gain or lose a few characters around a VIN.
    private const int FewestCharacters = Vin.Length - 4;
    private const int MostCharacters = Vin.Length + 5;

    /// <summary>The part of the image around the VIN's line worth reading again as a line (<see cref="Region"/>); null when no line was found.</summary>
    public static OcrBox? Find(IReadOnlyList<OcrText> readings) =>
        FindLine(readings) is { Height: > 0 } line ? AroundLine(line) : null;

    /// <summary>
    /// The VIN's line as the line network reads it: half a line height to the sides and a quarter
    /// above and below (on the validation set at 400, VIN crops 189 → 192 and scenes 47 → 48 against
    /// the margins of <see cref="Find"/>).
    /// </summary>
    public static OcrBox? ForNetwork(IReadOnlyList<OcrText> readings) =>
        FindLine(readings) is { Height: > 0 } line ? line.Padded(sideways: 0.5, upAndDown: 0.25) : null;

    private static OcrBox? FindLine(IReadOnlyList<OcrText> readings)
    {
        var windows = readings.SelectMany(r => GlyphWindows.Of(r, Vin.Length, "VIN")).ToList();
        var best = windows
            .Select(w => (Window: w, Cost: VinDecoder.Decode(w.Glyphs).FirstOrDefault()?.Cost ?? double.MaxValue))
            .OrderBy(w => w.Cost + (w.Window.Guess ? 2 : 0))
            .Select(w => w.Window.Glyphs)
            .FirstOrDefault();
        best ??= readings
            .SelectMany(r => r.Lines)
            .Select(line => line.SelectMany(word => word).Where(IsCodeCharacter).ToList())
            .Where(line => line.Count is >= FewestCharacters and <= MostCharacters)
            .OrderBy(line => Math.Abs(line.Count - Vin.Length))
            .FirstOrDefault();
        return best is null ? null : OcrBox.Around(best);
    }

    /// <summary>The part of the image around these glyphs worth reading again as a line.</summary>
    public static OcrBox? Region(IEnumerable<OcrGlyph> glyphs) =>
        OcrBox.Around(glyphs) is { Height: > 0 } box ? AroundLine(box) : null;

    private static OcrBox AroundLine(OcrBox line) => line.Padded(sideways: 1.0, upAndDown: 0.5);

    /// <summary>The line read alone; null when no region is known or the line holds no VIN's length of characters.</summary>
    public static async Task<OcrText?> ReadAsync(IOcrPage page, OcrBox? region, CancellationToken ct)
    {
        if (region is not { } box)
            return null;
        var line = await page.ReadAsync(OcrPass.LatinLine, box, ct);
        return GlyphWindows.Of(line, Vin.Length, "VIN").Any() ? line : null;
    }

    private static bool IsCodeCharacter(OcrGlyph glyph) =>
        char.IsAsciiLetterOrDigit(LookAlikes.Latin(char.ToUpperInvariant(glyph.Character)));
}
