using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Russian plates first: the block layout, and when it leaves the plate in doubt the scattered-text
/// layout as well, decoded together with each character's alternatives (<see cref="GostPlateExtractor"/>) and, where neither read a window
/// of a plate's length, by the text rules (<see cref="RussianPlateExtractor"/>); the Latin pass for
/// other countries only runs when no Russian series was seen.
/// </summary>
internal static class PlateReader
{
    public static async Task<IReadOnlyList<OcrCandidate>> ReadAsync(
        IOcrPage page,
        string? latinText,
        CancellationToken ct
    )
    {
        var block = await page.ReadAsync(OcrPass.Plate, ct);
        var russian = Russian([block]);
        if (russian.Any(c => c.Valid))
            return russian;
        // The region's smaller digits in their own box are often dropped from the block layout:
        // the scattered layout usually finds them, and a plate in doubt is decided by both readings.
        var sparse = await page.ReadAsync(OcrPass.PlateSparse, ct);
        russian = Russian([block, sparse]);
        if (!russian.Any(c => c.Valid))
        {
            var sharp = await page.ReadAsync(OcrPass.PlateSharp, ct);
            var third = Russian([block, sparse, sharp]);
            russian = third.Count > 0 ? third : russian;
        }
        // A Russian series without a region is no foreign plate: better nothing than a wrong guess.
        if (russian.Count > 0 || RussianPlateExtractor.HasSeries($"{block}\n{sparse}"))
            return russian;
        return ForeignPlateExtractor.Extract(latinText ?? (await page.ReadAsync(OcrPass.Latin, ct)).ToString());
    }

    private static IReadOnlyList<OcrCandidate> Russian(IReadOnlyList<OcrText> readings)
    {
        var decoded = GostPlateExtractor.Extract(readings);
        if (decoded.Count > 0)
            return decoded;
        // The text rules join a region read apart or drop a stray mark after it: a guess, never sure.
        return RussianPlateExtractor
            .Extract(string.Join('\n', readings))
            .Select(c => c with { Valid = false })
            .ToList();
    }
}
