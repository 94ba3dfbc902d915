using SkiaSharp;

namespace CarPass.Ocr.Samples;

/// <summary>What surrounds the object in a scene, and the uneven light over all of it.</summary>
internal static class SceneClutter
{
    public static void Draw(SKCanvas canvas, int width, int height, SampleStyle style, string[] labels, Random random)
    {
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 14; i++)
        {
            paint.Color = Colour(random, 30, 230);
            paint.Style = random.Next(3) == 0 ? SKPaintStyle.Stroke : SKPaintStyle.Fill;
            paint.StrokeWidth = random.Next(2, 9);
            var x = random.Next(width);
            var y = random.Next(height);
            switch (random.Next(3))
            {
                case 0:
                    canvas.DrawRect(x, y, random.Next(40, 400), random.Next(20, 300), paint);
                    break;
                case 1:
                    canvas.DrawCircle(x, y, random.Next(10, 160), paint);
                    break;
                default:
                    canvas.DrawLine(x, y, random.Next(width), random.Next(height), paint);
                    break;
            }
        }
        using var font = SampleRenderer.Font(style, random.Next(18, 34));
        using var ink = new SKPaint { Color = Colour(random, 10, 80), IsAntialias = true };
        for (var i = 0; i < 3; i++)
            canvas.DrawText(
                labels[random.Next(labels.Length)],
                random.Next(width - 200),
                random.Next(30, height),
                SKTextAlign.Left,
                font,
                ink
            );
    }

    /// <summary>A bright spot and a darker side: light from a window or a lamp, never even.</summary>
    public static void Light(SKCanvas canvas, int width, int height, Random random)
    {
        using var paint = new SKPaint { BlendMode = SKBlendMode.Multiply };
        var centre = new SKPoint(random.Next(width), random.Next(height));
        paint.Shader = SKShader.CreateRadialGradient(
            centre,
            Math.Max(width, height) * (0.6f + (float)random.NextDouble() * 0.5f),
            [SKColors.White, new SKColor(120, 120, 120)],
            SKShaderTileMode.Clamp
        );
        canvas.DrawRect(0, 0, width, height, paint);
    }

    private static SKColor Colour(Random random, int min, int max) =>
        new((byte)random.Next(min, max), (byte)random.Next(min, max), (byte)random.Next(min, max));
}
