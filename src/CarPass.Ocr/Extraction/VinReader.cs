using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// A VIN from the Latin pass; when that leaves it in doubt (no VIN, or several close readings), a
/// second pass over the denoised image, and the two readings decide together (<see cref="VinExtractor"/>);
/// still in doubt, a third reading by another model (Tesseract's legacy engine, tessdata's English model) joins them, over
/// the VIN's line and its surroundings when the photo is much larger than that line. A reading that found nothing is no opinion.
/// </summary>
internal static class VinReader
{
    public static async Task<IReadOnlyList<OcrCandidate>> ReadAsync(
        IOcrPage page,
        int currentYear,
        CancellationToken ct,
        OcrText? latin = null
    )
    {
        latin ??= await page.ReadAsync(OcrPass.Latin, ct);
        var first = VinExtractor.Extract(latin, currentYear);
        if (first.Any(c => c.Valid))
            return first;
        var second = await page.ReadAsync(OcrPass.LatinDenoised, ct);
        var both = VinExtractor.Extract([latin, second], currentYear);
        if (both.Any(c => c.Valid))
            return both;
        var third = await ThirdReadingAsync(page, [latin, second], ct);
        return third.IsEmpty ? both : VinExtractor.Extract([latin, second, third], currentYear);
    }

    /// <summary>
    /// The legacy engine is slow over a whole photo (a second and more over a cluttered 1280×960
    /// scene), so in a photo much larger than the VIN's line it reads only around that line (as a
    /// block, with a line height of margin: read as one line, scenes lost VINs). A crop, which is
    /// mostly the VIN, is read whole.
    /// </summary>
    private static Task<OcrText> ThirdReadingAsync(
        IOcrPage page,
        IReadOnlyList<OcrText> readings,
        CancellationToken ct
    ) =>
        VinLine.Find(readings) is { } line && page.Bounds is { } image && Small(line, image)
            ? page.ReadAsync(OcrPass.LatinLegacy, line.Padded(sideways: 0.5, upAndDown: 1.0), ct)
            : page.ReadAsync(OcrPass.LatinLegacy, ct);

    private static bool Small(OcrBox line, OcrBox image) =>
        (long)line.Width * line.Height * LineShareOfPhoto < (long)image.Width * image.Height;

    // At 2 a crop's VIN was lost on the validation set; 4, 8 and 16 read the same.
    private const int LineShareOfPhoto = 8;
}
