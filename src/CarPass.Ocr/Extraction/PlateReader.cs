using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// Russian plates first: the block layout, and when it leaves the plate in doubt the scattered-text
/// layout as well, decoded together with each character's alternatives (<see cref="GostPlateExtractor"/>) and, where neither read a window
/// of a plate's length, by the text rules (<see cref="RussianPlateExtractor"/>); still in doubt, the
/// sharp image and the image with its frames erased as well; the Latin pass for
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
            russian = await MoreReadingsAsync(page, [block, sparse], russian, ct);
        // A Russian series without a region is no foreign plate: better nothing than a wrong guess.
        if (russian.Count > 0 || RussianPlateExtractor.HasSeries($"{block}\n{sparse}"))
            return russian;
        return ForeignPlateExtractor.Extract(latinText ?? (await page.ReadAsync(OcrPass.Latin, ct)).ToString());
    }

    /// <summary>
    /// Still in doubt: the block layout over the sharp image, then over the image with its frames
    /// erased (a border around small characters can hide them from the layout), each deciding with
    /// the readings before it.
    /// </summary>
    private static async Task<IReadOnlyList<OcrCandidate>> MoreReadingsAsync(
        IOcrPage page,
        List<OcrText> readings,
        IReadOnlyList<OcrCandidate> found,
        CancellationToken ct
    )
    {
        foreach (var pass in (OcrPass[])[OcrPass.PlateSharp, OcrPass.PlateUnframed])
        {
            readings.Add(await page.ReadAsync(pass, ct));
            var decided = Russian(readings);
            found = decided.Count > 0 ? decided : found;
            if (found.Any(c => c.Valid))
                break;
        }
        return found;
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
