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
    /// The legacy engine is slow over a whole photo (a second and more over a cluttered scene), so in a
    /// photo much larger than the VIN's line it reads that line with a line height of margin, as a
    /// block (read as one line, scenes lost VINs on the validation set).
    /// </summary>
    private static Task<OcrText> ThirdReadingAsync(
        IOcrPage page,
        IReadOnlyList<OcrText> readings,
        CancellationToken ct
    ) =>
        PhotoPart.ReadAsync(
            page,
            OcrPass.LatinLegacy,
            PhotoPart.Around(page, VinLine.Find(readings), sideways: 0.5, upAndDown: 1.0),
            ct
        );
}
