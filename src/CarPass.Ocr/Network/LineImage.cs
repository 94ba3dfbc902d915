using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Native;

namespace CarPass.Ocr.Network;

/// <summary>
/// A part of a grey image as the recognition network takes it: scaled to <see cref="Height"/> pixels
/// high (bilinear), its width in proportion, each pixel scaled to −1…1 and repeated on the three
/// colour channels (channels × rows × columns).
/// </summary>
internal static class LineImage
{
    public const int Height = 48;
    private const int MostWidth = 1600;

    /// <summary>The tensor's values and width; null when the part is empty or the image is not 8-bit grey.</summary>
    public static unsafe (float[] Values, int Width)? From(PixHandle grey, OcrBox region)
    {
        var (imageWidth, imageHeight) = (Leptonica.GetWidth(grey), Leptonica.GetHeight(grey));
        var part = new OcrBox(
            Math.Max(0, region.Left),
            Math.Max(0, region.Top),
            Math.Min(imageWidth, region.Right),
            Math.Min(imageHeight, region.Bottom)
        );
        if (part.Width < 2 || part.Height < 2 || Leptonica.GetDepth(grey) != 8)
            return null;
        var width = Math.Clamp((int)Math.Round(part.Width * (double)Height / part.Height), Height / 3, MostWidth);
        var data = (byte*)Leptonica.GetData(grey);
        var wordsPerLine = Leptonica.GetWordsPerLine(grey);
        var values = new float[3 * Height * width];
        var (scaleX, scaleY) = (part.Width / (double)width, part.Height / (double)Height);
        for (var row = 0; row < Height; row++)
        {
            var y = Math.Clamp((row + 0.5) * scaleY - 0.5, 0, part.Height - 1) + part.Top;
            var (y0, fy) = ((int)y, (float)(y - (int)y));
            var y1 = Math.Min(y0 + 1, imageHeight - 1);
            for (var column = 0; column < width; column++)
            {
                var x = Math.Clamp((column + 0.5) * scaleX - 0.5, 0, part.Width - 1) + part.Left;
                var (x0, fx) = ((int)x, (float)(x - (int)x));
                var x1 = Math.Min(x0 + 1, imageWidth - 1);
                var top = Pixel(data, wordsPerLine, x0, y0) * (1 - fx) + Pixel(data, wordsPerLine, x1, y0) * fx;
                var bottom = Pixel(data, wordsPerLine, x0, y1) * (1 - fx) + Pixel(data, wordsPerLine, x1, y1) * fx;
                var value = (top * (1 - fy) + bottom * fy) / 127.5f - 1f;
                for (var channel = 0; channel < 3; channel++)
                    values[(channel * Height + row) * width + column] = value;
            }
        }
        return (values, width);
    }

    // Leptonica keeps 8-bit pixels in 32-bit words, the first pixel most significant: on a
    // little-endian machine the byte of column x is at x ^ 3.
    private static unsafe float Pixel(byte* data, int wordsPerLine, int x, int y) =>
        data[y * wordsPerLine * 4 + (x ^ 3)];
}
