using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// A registration certificate: the labelled fields from the Russian-and-English pass. The VIN's
/// labelled line is found in either pass (the Russian model reads some Latin letters as their
/// Cyrillic look-alikes, the Latin one turns the labels to noise) and read alone (<see cref="VinLine"/>);
/// the VIN is decoded from the Latin pass's line and the line read alone, and from the
/// Russian-and-English pass's line only when neither has one; when the labelled lines hold no VIN,
/// from anywhere in either pass. A VIN still in doubt gets its line read alone by the line network,
/// and, still in doubt, by the legacy engine as well.
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
        var (documentLine, latinLine) = (LabelledVin.Line(document), LabelledVin.Line(latin));
        OcrText[] lines = [.. new[] { documentLine, latinLine }.OfType<OcrText>()];
        var region = lines
            .Select(l => VinLine.Region(l.Lines.SelectMany(w => w).SelectMany(g => g)))
            .FirstOrDefault(r => r is not null);
        region ??= VinLine.Find([latin, document]);
        var alone = await VinLine.ReadAsync(page, region, ct);
        // The Russian-and-English pass finds the labelled line but reads Latin characters worse than
        // the Latin passes (an S for a 5 most of all): it votes only when they read no VIN line.
        OcrText[] voters = latinLine is null && alone is null ? lines : [.. Alone(latinLine), .. Alone(alone)];
        var vins = VinExtractor.Extract(voters, currentYear);
        if (vins.Count == 0)
            vins = VinExtractor.Extract([latin, document, .. Alone(alone)], currentYear);
        if (region is not { } box)
            return Fields(vins, fields);
        List<OcrText> readings = [.. voters];
        foreach (var pass in (OcrPass[])[OcrPass.LatinLineNetwork, OcrPass.LatinLineLegacy])
        {
            if (vins.Any(v => v.Valid))
                break;
            vins = await VinReader.JoinAsync(page, pass, box, readings, vins, currentYear, ct);
        }
        return Fields(vins, fields);
    }

    private static List<OcrCandidate> Fields(IReadOnlyList<OcrCandidate> vins, IReadOnlyList<OcrCandidate> fields) =>
        vins.Concat(fields.Where(c => c.Kind != OcrField.Vin)).ToList();

    private static OcrText[] Alone(OcrText? line) => line is null ? [] : [line];
}
