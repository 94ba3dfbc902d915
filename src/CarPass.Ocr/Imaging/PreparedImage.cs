using CarPass.Ocr.Native;

namespace CarPass.Ocr.Imaging;

/// <summary>
/// An image ready for recognition, in two preparations: sharp (grey, resized, deskewed) and
/// denoised (the same through a 3×3 median). VIN characters keep their shapes better sharp, plates
/// and noisy photos read better denoised (docs/OCR.md, "Preparation").
/// </summary>
internal sealed class PreparedImage(PixHandle sharp, PixHandle? denoised) : IDisposable
{
    public PixHandle Sharp => sharp;

    public PixHandle Denoised => denoised ?? sharp;

    public void Dispose()
    {
        denoised?.Dispose();
        sharp.Dispose();
    }
}
