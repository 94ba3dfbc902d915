using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// A VIN from the Latin pass; when that leaves it in doubt (no VIN, or several close readings), a
/// second pass over the denoised image, and the two readings decide together (<see cref="VinExtractor"/>);
/// still in doubt, the VIN's line read alone by the line network (PaddleOCR's recogniser) joins them;
/// still in doubt, a reading by Tesseract's legacy engine (tessdata's English model) as well, over
/// the VIN's line and its surroundings when the photo is much larger than that line (read ahead, at the
/// same time as the denoised and network readings, as it is usually wanted). A reading that found nothing is no opinion.
/// </summary>
internal static class VinReader
{
    public static async Task<IReadOnlyList<OcrCandidate>> ReadAsync(
        IOcrPage page,
        int currentYear,
        CancellationToken ct,
        OcrText? latin = null,
        IReadOnlyList<OcrCandidate>? fromLatin = null
    )
    {
        latin ??= await page.ReadAsync(OcrPass.Latin, ct);
        List<OcrText> readings = [latin];
        var found = fromLatin ?? VinExtractor.Extract(latin, currentYear);
        if (found.Any(c => c.Valid))
            return found;
        // The legacy engine reads with a model of its own and is wanted for most VINs still in doubt
        // here (133 of 187 validation crops, 39 of 51 scenes), so it reads at the same time as the
        // denoised and network readings, over the line the Latin pass found.
        var line = VinLine.Find([latin]);
        await using var legacyAhead = line is null
            ? null
            : Ahead<OcrText>.Start(wanted => LegacyReadingAsync(page, line, wanted), ct);
        readings.Add(await DenoisedReadingAsync(page, line, ct));
        found = VinExtractor.Extract(readings, currentYear);
        if (found.Any(c => c.Valid))
            return found;
        found = await WithNetworkAsync(page, readings, found, currentYear, ct);
        if (found.Any(c => c.Valid))
            return found;
        var legacy = legacyAhead is null
            ? await LegacyReadingAsync(page, VinLine.Find(readings), ct)
            : await legacyAhead.WantedAsync();
        return legacy.IsEmpty ? found : VinExtractor.Extract([.. readings, legacy], currentYear);
    }

    /// <summary>
    /// Still in doubt: the line network reads the VIN's line alone (cheap: a line, not the photo) and
    /// joins the readings; it needs a line the Tesseract readings found.
    /// </summary>
    private static Task<IReadOnlyList<OcrCandidate>> WithNetworkAsync(
        IOcrPage page,
        List<OcrText> readings,
        IReadOnlyList<OcrCandidate> found,
        int currentYear,
        CancellationToken ct
    ) =>
        VinLine.ForNetwork(readings) is { } line
            ? JoinAsync(page, OcrPass.LatinLineNetwork, line, readings, found, currentYear, ct)
            : Task.FromResult(found);

    /// <summary>
    /// A VIN still in doubt: a part of the image read by one more pass joins the readings (added to
    /// them), which decide together; a pass that read nothing is no opinion and changes nothing.
    /// </summary>
    public static async Task<IReadOnlyList<OcrCandidate>> JoinAsync(
        IOcrPage page,
        OcrPass pass,
        OcrBox region,
        List<OcrText> readings,
        IReadOnlyList<OcrCandidate> found,
        int currentYear,
        CancellationToken ct
    )
    {
        var again = await page.ReadAsync(pass, region, ct);
        if (again.IsEmpty)
            return found;
        readings.Add(again);
        var vins = VinExtractor.Extract(readings, currentYear);
        return vins.Count > 0 ? vins : found;
    }

    /// <summary>
    /// In a photo much larger than the VIN's line, the denoised image is read only around it: as
    /// many VINs read on the validation set, scenes 372 → 351 and 374 → 330 ms mean (two alternating pairs).
    /// </summary>
    private static Task<OcrText> DenoisedReadingAsync(IOcrPage page, OcrBox? latinLine, CancellationToken ct) =>
        AroundSmallLine(page, latinLine) is { } part
            ? page.ReadAsync(OcrPass.LatinDenoised, part, ct)
            : page.ReadAsync(OcrPass.LatinDenoised, ct);

    /// <summary>
    /// The legacy engine is slow over a whole photo (0.2–1.6 s over a cluttered 1280×960 scene), so in
    /// a photo much larger than the VIN's line it reads only that line with its surroundings, as a block
    /// (read as one line, scenes lost VINs on the validation set). A crop, mostly the VIN, is read whole.
    /// </summary>
    private static Task<OcrText> LegacyReadingAsync(IOcrPage page, OcrBox? line, CancellationToken ct) =>
        AroundSmallLine(page, line) is { } part
            ? page.ReadAsync(OcrPass.LatinLegacy, part, ct)
            : page.ReadAsync(OcrPass.LatinLegacy, ct);

    // The line must be under an eighth of the photo. At a half, a crop's VIN was lost on the validation
    // set; a quarter, an eighth and a sixteenth read the same. Checking the part with its margins
    // instead read every count the same but left most scenes' VINs whole (slow).
    private const int LineShareOfPhoto = 8;

    /// <summary>The line with half a line height of margin to the sides and one above and below; null when the photo is not much larger than it.</summary>
    private static OcrBox? AroundSmallLine(IOcrPage page, OcrBox? line) =>
        line is { } found
        && page.Bounds is { } photo
        && (long)found.Width * found.Height * LineShareOfPhoto < (long)photo.Width * photo.Height
            ? found.Padded(sideways: 0.5, upAndDown: 1.0)
            : null;
}
