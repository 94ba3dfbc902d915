using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;

namespace CarPass.Ocr.Extraction;

/// <summary>Russian plates first; the Latin pass for other countries only runs when none was found.</summary>
internal static class PlateReader
{
    public static async Task<IReadOnlyList<OcrCandidate>> ReadAsync(
        IOcrPage page,
        string? latinText,
        CancellationToken ct
    )
    {
        var blockText = (await page.ReadAsync(OcrPass.Plate, ct)).ToString();
        var russian = RussianPlateExtractor.Extract(blockText);
        if (russian.Count > 0)
            return russian;
        // The region's smaller digits in their own box are often dropped from the block layout;
        // reading the scattered text as well usually finds them.
        var plateText = $"{blockText}\n{await page.ReadAsync(OcrPass.PlateSparse, ct)}";
        russian = RussianPlateExtractor.Extract(plateText);
        // A Russian series without a region is no foreign plate: better nothing than a wrong guess.
        if (russian.Count > 0 || RussianPlateExtractor.HasSeries(plateText))
            return russian;
        return ForeignPlateExtractor.Extract(latinText ?? (await page.ReadAsync(OcrPass.Latin, ct)).ToString());
    }
}
