using CarPass.Ocr.Native;

namespace CarPass.Ocr.Imaging;

/// <summary>
/// An image ready for recognition, in two preparations: sharp (grey, resized, deskewed) and
/// denoised (the same through a 3×3 median). VIN characters keep their shapes better sharp, plates
/// and noisy photos read better denoised (docs/OCR.md, "Preparation"). A third, the denoised image
/// with its frames erased (<see cref="FrameEraser"/>), is made only when a plate pass asks for it.
/// </summary>
internal sealed class PreparedImage : IDisposable
{
    private readonly PixHandle _sharp;
    private readonly PixHandle? _denoised;
    private readonly Lazy<PixHandle> _unframed;

    public PreparedImage(PixHandle sharp, PixHandle? denoised)
    {
        (_sharp, _denoised) = (sharp, denoised);
        _unframed = new Lazy<PixHandle>(() => FrameEraser.Erase(Denoised));
    }

    public PixHandle Sharp => _sharp;

    public PixHandle Denoised => _denoised ?? _sharp;

    public PixHandle Unframed => _unframed.Value;

    public void Dispose()
    {
        if (_unframed.IsValueCreated)
            _unframed.Value.Dispose();
        _denoised?.Dispose();
        _sharp.Dispose();
    }
}
