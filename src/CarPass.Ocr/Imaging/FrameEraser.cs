using CarPass.Ocr.Native;

namespace CarPass.Ocr.Imaging;

/// <summary>
/// A plate's frame, erased. Tesseract drops characters that sit inside one large closed outline (a
/// plate's border), and a small, low-contrast plate then reads as nothing at all. Dark shapes wider
/// than a third of the image or nearly as tall as it are whited out, with a margin, and the
/// characters are left as they were.
/// </summary>
internal static class FrameEraser
{
    private const float SauvolaFactor = 0.1f;
    private const float WidestCharacter = 0.3f;
    private const float TallestCharacter = 0.9f;
    private const int Margin = 5;
    private const uint White = 255;

    public static PixHandle Erase(PixHandle grey)
    {
        var (width, height) = (Leptonica.GetWidth(grey), Leptonica.GetHeight(grey));
        var copy = Checked(Leptonica.Copy(IntPtr.Zero, grey));
        if (Leptonica.SauvolaBinarize(grey, Math.Max(8, height / 6), SauvolaFactor, 1, 0, 0, 0, out var binary) != 0)
        {
            binary.Dispose();
            return copy;
        }
        using (binary)
        using (
            var small = Checked(
                Leptonica.SelectBySize(
                    binary,
                    (int)(width * WidestCharacter),
                    (int)(height * TallestCharacter),
                    8,
                    Leptonica.SelectIfBoth,
                    Leptonica.SelectIfLess,
                    0
                )
            )
        )
        using (var large = Checked(Leptonica.Xor(0, binary, small)))
        using (var mask = Checked(Leptonica.DilateBrick(0, large, Margin, Margin)))
            Leptonica.SetMasked(copy, mask, White);
        return copy;
    }

    private static PixHandle Checked(PixHandle result) =>
        result.IsInvalid ? throw new InvalidOperationException("Leptonica could not erase a frame.") : result;
}
