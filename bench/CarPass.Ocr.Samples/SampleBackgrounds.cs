using SkiaSharp;

namespace CarPass.Ocr.Samples;

internal static class SampleBackgrounds
{
    public static void Draw(SKCanvas canvas, int width, int height, SampleBackground background, Random random)
    {
        switch (background)
        {
            case SampleBackground.White:
                canvas.Clear(SKColors.White);
                break;
            case SampleBackground.Paper:
                canvas.Clear(new SKColor(238, 232, 214));
                break;
            case SampleBackground.Photo:
                DrawPhoto(canvas, width, height, random);
                break;
        }
    }

    // A lit, tinted surface: a light gradient across, darker edges, and objects at the borders.
    private static void DrawPhoto(SKCanvas canvas, int width, int height, Random random)
    {
        var light = RandomColor(random, 175, 235);
        var shade = RandomColor(random, 110, 165);
        using var gradient = new SKPaint();
        gradient.Shader = SKShader.CreateLinearGradient(
            new SKPoint(0, 0),
            new SKPoint(width, height * (float)random.NextDouble()),
            [light, shade],
            SKShaderTileMode.Clamp
        );
        canvas.DrawRect(0, 0, width, height, gradient);
        using var clutter = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 6; i++)
        {
            clutter.Color = RandomColor(random, 40, 200).WithAlpha(150);
            var onLeft = random.Next(2) == 0;
            var x = onLeft ? random.Next(0, width / 12 + 1) : width - random.Next(0, width / 12 + 1);
            canvas.DrawCircle(x, random.Next(height), random.Next(4, Math.Max(5, height / 6)), clutter);
        }
    }

    private static SKColor RandomColor(Random random, int min, int max) =>
        new((byte)random.Next(min, max), (byte)random.Next(min, max), (byte)random.Next(min, max));
}
