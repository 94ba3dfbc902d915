using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;

namespace CarPass.Ocr.Extraction;

/// <summary>Which passes a kind of scan runs, in which order, and how their candidates are merged.</summary>
internal static class CandidateReader
{
    public static async Task<IReadOnlyList<OcrCandidate>> ReadAsync(
        IOcrPage page,
        OcrKind kind,
        int currentYear,
        CancellationToken ct
    ) =>
        kind switch
        {
            OcrKind.Vin => VinExtractor.Extract(await page.ReadAsync(OcrPass.Latin, ct), currentYear),
            OcrKind.Plate => await PlatesAsync(page, latinText: null, ct),
            OcrKind.Document => await DocumentAsync(page, currentYear, ct),
            _ => await AutoAsync(page, currentYear, ct),
        };

    // Russian plates first; the Latin pass for other countries only runs when none was found.
    private static async Task<IReadOnlyList<OcrCandidate>> PlatesAsync(
        IOcrPage page,
        string? latinText,
        CancellationToken ct
    )
    {
        var blockText = await page.ReadAsync(OcrPass.Plate, ct);
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
        return ForeignPlateExtractor.Extract(latinText ?? await page.ReadAsync(OcrPass.Latin, ct));
    }

    // The Russian model reads a Latin VIN as Cyrillic look-alikes: the VIN line is taken from the Latin pass.
    private static async Task<IReadOnlyList<OcrCandidate>> DocumentAsync(
        IOcrPage page,
        int currentYear,
        CancellationToken ct
    )
    {
        var fields = DocumentExtractor.Extract(await page.ReadAsync(OcrPass.Document, ct), currentYear);
        if (fields.Count == 0)
            return fields;
        var latinVin = DocumentExtractor.LabelledVins(await page.ReadAsync(OcrPass.Latin, ct), currentYear).Take(1);
        var otherFields = latinVin.Any() ? fields.Where(c => c.Kind != OcrField.Vin) : fields;
        return latinVin.Concat(otherFields).ToList();
    }

    private static async Task<IReadOnlyList<OcrCandidate>> AutoAsync(
        IOcrPage page,
        int currentYear,
        CancellationToken ct
    )
    {
        var latinText = await page.ReadAsync(OcrPass.Latin, ct);
        var vins = VinExtractor.Extract(latinText, currentYear);
        if (vins.Any(v => v.Reason == OcrReasons.CheckDigitOk))
            return vins;
        var plates = await PlatesAsync(page, latinText, ct);
        return vins.Concat(plates).OrderByDescending(c => c.Valid).ToList();
    }
}
