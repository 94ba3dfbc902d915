using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// A VIN from the Latin pass; when that leaves it in doubt (no VIN, or several close readings), a
/// second pass over the denoised image, and the two readings decide together (<see cref="VinExtractor"/>);
/// still in doubt, a third reading by another model (Tesseract's legacy engine, tessdata's English model) joins them. A reading
/// that found nothing is no opinion.
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
        var third = await page.ReadAsync(OcrPass.LatinLegacy, ct);
        return third.IsEmpty ? both : VinExtractor.Extract([latin, second, third], currentYear);
    }
}
