using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// A registration certificate: the labelled fields from the Russian-and-English pass. The VIN is
/// decoded from its labelled line as both passes read it (the Russian model reads some Latin
/// letters as their Cyrillic look-alikes, the Latin one turns the labels to noise) and as that line
/// reads alone (<see cref="VinLine"/>); when no line has the label, or the labelled lines hold no
/// VIN, from anywhere in either. A VIN still in doubt gets its line read alone by the legacy engine.
/// </summary>
internal static class DocumentReader
{
    public static async Task<IReadOnlyList<OcrCandidate>> ReadAsync(
        IOcrPage page,
        int currentYear,
        CancellationToken ct,
        OcrText? latin = null
    )
    {
        var document = await page.ReadAsync(OcrPass.Document, ct);
        var fields = DocumentExtractor.Extract(document.ToString(), currentYear);
        if (fields.Count == 0)
            return fields;
        latin ??= await page.ReadAsync(OcrPass.Latin, ct);
        OcrText?[] labelled = [LabelledVin.Line(document), LabelledVin.Line(latin)];
        var lines = labelled.OfType<OcrText>().ToList();
        var region = lines
            .Select(l => VinLine.Region(l.Lines.SelectMany(w => w).SelectMany(g => g)))
            .FirstOrDefault(r => r is not null);
        region ??= VinLine.Find([latin, document]);
        var alone = await VinLine.ReadAsync(page, region, ct);
        var vins = VinExtractor.Extract([.. lines, .. Alone(alone)], currentYear);
        if (vins.Count == 0)
            vins = VinExtractor.Extract([latin, document, .. Alone(alone)], currentYear);
        if (!vins.Any(v => v.Valid) && region is { } box)
            vins = await WithLegacyEngineAsync(page, box, [.. lines, .. Alone(alone)], vins, currentYear, ct);
        return vins.Concat(fields.Where(c => c.Kind != OcrField.Vin)).ToList();
    }

    /// <summary>A VIN still in doubt: its line read alone by Tesseract's legacy engine joins the other readings.</summary>
    private static async Task<IReadOnlyList<OcrCandidate>> WithLegacyEngineAsync(
        IOcrPage page,
        OcrBox region,
        IReadOnlyList<OcrText> readings,
        IReadOnlyList<OcrCandidate> found,
        int currentYear,
        CancellationToken ct
    )
    {
        var legacy = await page.ReadAsync(OcrPass.LatinLineLegacy, region, ct);
        var vins = legacy.IsEmpty ? [] : VinExtractor.Extract([.. readings, legacy], currentYear);
        return vins.Count > 0 ? vins : found;
    }

    private static OcrText[] Alone(OcrText? line) => line is null ? [] : [line];
}
