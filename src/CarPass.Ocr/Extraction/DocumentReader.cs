using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// A registration certificate: the labelled fields from the Russian-and-English pass. The VIN is
/// decoded from its labelled line as both passes read it (the Russian model reads some Latin
/// letters as their Cyrillic look-alikes, the Latin one turns the labels to noise); when neither
/// has the label, from anywhere in either.
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
        OcrText?[] labelled = [LabelledVin.Line(latin), LabelledVin.Line(document)];
        var lines = labelled.OfType<OcrText>().ToList();
        var vins = VinExtractor.Extract(lines.Count > 0 ? lines : [latin, document], currentYear);
        return vins.Concat(fields.Where(c => c.Kind != OcrField.Vin)).ToList();
    }
}
