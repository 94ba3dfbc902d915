using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// An unknown photo, the one decision the chat and the CLI share: a registration certificate when
/// the certificate reading finds a field only a certificate has (make and model, year, colour);
/// otherwise a VIN (a right check digit ends the search) and plates; a certificate's VIN or plate
/// is kept when that finds nothing. The certificate reading runs only when the Latin pass saw
/// several lines of text, as a certificate has: a VIN or plate photo is not read twice.
/// </summary>
internal static class AutoReader
{
    private const int CertificateLines = 4;
    private static readonly OcrField[] CertificateOnly = [OcrField.MakeModel, OcrField.Year, OcrField.Colour];

    public static async Task<OcrResult> ReadAsync(IOcrPage page, int currentYear, CancellationToken ct)
    {
        var latin = await page.ReadAsync(OcrPass.Latin, ct);
        IReadOnlyList<OcrCandidate> document = [];
        if (latin.Lines.Count >= CertificateLines)
        {
            document = await DocumentReader.ReadAsync(page, currentYear, ct, latin);
            if (document.Any(c => CertificateOnly.Contains(c.Kind)))
                return new OcrResult(document, OcrKind.Document);
        }
        var vins = await VinReader.ReadAsync(page, currentYear, ct, latin);
        if (vins.Any(v => v.Valid && v.Reason == OcrReasons.CheckDigitOk))
            return new OcrResult(vins, OcrKind.Auto);
        var plates = await PlateReader.ReadAsync(page, latin.ToString(), ct);
        var found = vins.Concat(plates).OrderByDescending(c => c.Valid).ToList();
        return found.Count > 0 || document.Count == 0
            ? new OcrResult(found, OcrKind.Auto)
            : new OcrResult(document, OcrKind.Document);
    }
}
