using CarPass.Domain.Common;
using CarPass.Domain.Ocr;
using CarPass.Ocr;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>
/// Reads a downloaded photo for what was asked. Without a question the certificate reading runs
/// first: fields only a certificate has (make and model, year, colour) make the photo one.
/// Otherwise the VIN-and-plate reading, which also offers look-alike alternatives; the
/// certificate's VIN or plate is kept when that finds nothing.
/// </summary>
public sealed class PhotoReader(IOcrService ocr)
{
    private static readonly OcrField[] CertificateOnly = [OcrField.MakeModel, OcrField.Year, OcrField.Colour];

    public async Task<Outcome<PhotoReading>> ReadAsync(byte[] image, OcrKind kind, CancellationToken ct)
    {
        var first = await ocr.ReadAsync(image, kind == OcrKind.Auto ? OcrKind.Document : kind, ct);
        if (!first.IsSuccess)
            return first.Error;
        if (kind != OcrKind.Auto)
            return new PhotoReading(kind, first.Value.Candidates);
        var document = first.Value.Candidates;
        if (document.Any(c => CertificateOnly.Contains(c.Kind)))
            return new PhotoReading(OcrKind.Document, document);
        var auto = await ocr.ReadAsync(image, OcrKind.Auto, ct);
        if (!auto.IsSuccess)
            return auto.Error;
        return auto.Value.Found || document.Count == 0
            ? new PhotoReading(OcrKind.Auto, auto.Value.Candidates)
            : new PhotoReading(OcrKind.Document, document);
    }
}
