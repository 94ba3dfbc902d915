using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;

namespace CarPass.Ocr.Extraction;

/// <summary>
/// An unknown photo, the one decision the chat and the CLI share: a registration certificate when
/// the certificate reading finds a field only a certificate has (make and model, year, colour);
/// otherwise a VIN (a right check digit as read ends the search) and plates, read at once; a certificate's VIN or plate
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
        var fromLatin = VinExtractor.Extract(latin, currentYear);
        if (SureAsRead(fromLatin))
            return new OcrResult(fromLatin, OcrKind.Auto);
        // The VIN's further readings and the plate's depend only on the Latin pass and use other models'
        // handles, so they run at once: a photo in doubt takes about the longer of the two, not their sum.
        await using var plates = Ahead<IReadOnlyList<OcrCandidate>>.Start(
            wanted => PlateReader.ReadAsync(page, latin.ToString(), wanted),
            ct
        );
        var vins = await VinReader.ReadAsync(page, currentYear, ct, latin, fromLatin);
        if (SureAsRead(vins))
            return new OcrResult(vins, OcrKind.Auto);
        var found = vins.Concat(await plates.WantedAsync()).OrderByDescending(c => c.Valid).ToList();
        return found.Count > 0 || document.Count == 0
            ? new OcrResult(found, OcrKind.Auto)
            : new OcrResult(document, OcrKind.Document);
    }

    private static bool SureAsRead(IReadOnlyList<OcrCandidate> vins) =>
        vins.Any(v => v.Valid && v.Reason == OcrReasons.CheckDigitOk);
}
