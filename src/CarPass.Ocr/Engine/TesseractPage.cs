using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Imaging;

namespace CarPass.Ocr.Engine;

internal sealed class TesseractPage(TesseractEngine engine, PreparedImage image) : IOcrPage
{
    public Task<OcrText> ReadAsync(OcrPass pass, CancellationToken ct) => Read(pass, null, ct);

    public Task<OcrText> ReadAsync(OcrPass pass, OcrBox region, CancellationToken ct) => Read(pass, region, ct);

    private Task<OcrText> Read(OcrPass pass, OcrBox? region, CancellationToken ct) =>
        engine.RecognizeAsync(PassSettings.For(pass).Sharp ? image.Sharp : image.Denoised, pass, region, ct);

    public void Dispose() => image.Dispose();
}
