using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Imaging;

namespace CarPass.Ocr.Engine;

internal sealed class TesseractPage(TesseractEngine engine, PreparedImage image) : IOcrPage
{
    public Task<OcrText> ReadAsync(OcrPass pass, CancellationToken ct) =>
        engine.RecognizeAsync(PassSettings.For(pass).Sharp ? image.Sharp : image.Denoised, pass, ct);

    public void Dispose() => image.Dispose();
}
