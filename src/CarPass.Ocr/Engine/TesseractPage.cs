using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Imaging;
using CarPass.Ocr.Native;

namespace CarPass.Ocr.Engine;

internal sealed class TesseractPage(TesseractEngine engine, PreparedImage image) : IOcrPage
{
    public Task<OcrText> ReadAsync(OcrPass pass, CancellationToken ct) => Read(pass, null, ct);

    public Task<OcrText> ReadAsync(OcrPass pass, OcrBox region, CancellationToken ct) => Read(pass, region, ct);

    public OcrBox? Bounds => new OcrBox(0, 0, Leptonica.GetWidth(image.Sharp), Leptonica.GetHeight(image.Sharp));

    private Task<OcrText> Read(OcrPass pass, OcrBox? region, CancellationToken ct) =>
        engine.RecognizeAsync(Image(PassSettings.For(pass)), pass, region, ct);

    private PixHandle Image(PassSettings settings) =>
        settings.Unframed ? image.Unframed
        : settings.Sharp ? image.Sharp
        : image.Denoised;

    public void Dispose() => image.Dispose();
}
