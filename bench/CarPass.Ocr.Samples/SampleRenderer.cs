using SkiaSharp;

namespace CarPass.Ocr.Samples;

/// <summary>Draws content on a background, then tilts, blurs, adds sensor noise and encodes like a phone would.</summary>
public static class SampleRenderer
{
    public static byte[] Render(int width, int height, SampleStyle style, int seed, Action<SKCanvas> drawContent)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            SampleBackgrounds.Draw(canvas, width, height, style.Background, random);
            canvas.Save();
            canvas.RotateDegrees(style.RotationDegrees, width / 2f, height / 2f);
            drawContent(canvas);
            canvas.Restore();
        }
        using var blurred = Blur(bitmap, style.Blur);
        AddNoise(blurred, style.Noise, random);
        using var image = SKImage.FromBitmap(blurred);
        using var encoded = style.JpegQuality is { } quality
            ? image.Encode(SKEncodedImageFormat.Jpeg, quality)
            : image.Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }

    /// <summary>Content of the given size with a margin around it, wider on photos where the surroundings show.</summary>
    public static byte[] Render(
        SKSize content,
        SampleStyle style,
        (float Plain, float Photo) marginInFontSizes,
        int seed,
        Action<SKCanvas, float> drawContent
    )
    {
        var factor = style.Background == SampleBackground.Photo ? marginInFontSizes.Photo : marginInFontSizes.Plain;
        var margin = (int)(style.FontSize * factor);
        var width = (int)content.Width + 2 * margin;
        var height = (int)content.Height + 2 * margin;
        return Render(width, height, style, seed, canvas => drawContent(canvas, margin));
    }

    /// <summary>A font of the sample set at a pixel size, for content drawers.</summary>
    public static SKFont Font(SampleStyle style, float? size = null) =>
        new(SampleFonts.Get(style.Font), size ?? style.FontSize) { Edging = SKFontEdging.Antialias };

    private static SKBitmap Blur(SKBitmap source, float sigma)
    {
        var target = new SKBitmap(source.Info);
        using var canvas = new SKCanvas(target);
        using var paint = new SKPaint();
        if (sigma > 0)
            paint.ImageFilter = SKImageFilter.CreateBlur(sigma, sigma);
        canvas.DrawBitmap(source, 0, 0, SKSamplingOptions.Default, paint);
        return target;
    }

    private static void AddNoise(SKBitmap bitmap, float amplitude, Random random)
    {
        if (amplitude <= 0)
            return;
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var delta = (int)((random.NextDouble() * 2 - 1) * amplitude);
            var p = pixels[i];
            pixels[i] = new SKColor(Clamp(p.Red + delta), Clamp(p.Green + delta), Clamp(p.Blue + delta));
        }
        bitmap.Pixels = pixels;
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);
}
