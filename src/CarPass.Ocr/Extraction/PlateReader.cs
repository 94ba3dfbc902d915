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
        // The region's smaller digits in their own box are often dropped from the block layout:
        // the scattered layout usually finds them, and a plate in doubt is decided by both readings.
        // It is wanted for most photos (82 of 99 validation crops), so it is read at the same time.
        await using var sparseAhead = Ahead<OcrText>.Start(wanted => page.ReadAsync(OcrPass.PlateSparse, wanted), ct);
        var block = await page.ReadAsync(OcrPass.Plate, ct);
        var russian = Russian([block]);
        if (russian.Any(c => c.Valid))
            return russian;
        var sparse = await sparseAhead.WantedAsync();
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
    /// the readings before it. The second is wanted almost always when the first is (47 of 50
    /// validation crops), so it is read at the same time.
    /// </summary>
    private static async Task<IReadOnlyList<OcrCandidate>> MoreReadingsAsync(
        IOcrPage page,
        List<OcrText> readings,
        IReadOnlyList<OcrCandidate> found,
        CancellationToken ct
    )
    {
        await using var unframedAhead = Ahead<OcrText>.Start(
            wanted => page.ReadAsync(OcrPass.PlateUnframed, wanted),
            ct
        );
        readings.Add(await page.ReadAsync(OcrPass.PlateSharp, ct));
        found = Decided(readings, found);
        if (found.Any(c => c.Valid))
            return found;
        readings.Add(await unframedAhead.WantedAsync());
        return Decided(readings, found);
    }

    private static IReadOnlyList<OcrCandidate> Decided(List<OcrText> readings, IReadOnlyList<OcrCandidate> found) =>
        Russian(readings) is { Count: > 0 } decided ? decided : found;

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
