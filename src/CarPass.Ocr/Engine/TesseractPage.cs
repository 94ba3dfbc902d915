using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Native;

namespace CarPass.Ocr.Engine;

internal sealed class TesseractPage(TesseractEngine engine, PixHandle image) : IOcrPage
{
    public Task<OcrText> ReadAsync(OcrPass pass, CancellationToken ct) => engine.RecognizeAsync(image, pass, ct);

    public void Dispose() => image.Dispose();
}
