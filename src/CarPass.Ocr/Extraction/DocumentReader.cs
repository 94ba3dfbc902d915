using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// A registration certificate: the labelled fields from the Russian-and-English pass; the Russian
/// model reads a Latin VIN as Cyrillic look-alikes, so the VIN line is taken from the Latin pass.
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
        var fields = DocumentExtractor.Extract((await page.ReadAsync(OcrPass.Document, ct)).ToString(), currentYear);
        if (fields.Count == 0)
            return fields;
        var latinVins = LabelledVin.Extract(latin ?? await page.ReadAsync(OcrPass.Latin, ct), currentYear);
        var otherFields = latinVins.Count > 0 ? fields.Where(c => c.Kind != OcrField.Vin) : fields;
        return latinVins.Concat(otherFields).ToList();
    }
}
