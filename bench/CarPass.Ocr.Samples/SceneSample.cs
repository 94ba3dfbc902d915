using SkiaSharp;

namespace CarPass.Ocr.Samples;

/// <summary>
/// A VIN plate or a licence plate photographed as part of a larger scene: the object takes 35–60 %
/// of the width, turned up to 15° away from the camera on each axis and up to 5° in the picture's
/// plane, among clutter (shapes, lines, short unrelated labels), under uneven light, then blurred,
/// noised and saved as a phone JPEG.
/// </summary>
public static class SceneSample
{
    private const int Width = 1280;
    private const int Height = 960;
    private const float MaxTurnDegrees = 15;
    private static readonly string[] Labels = ["5W-30", "ABS", "TYRE 2.3 BAR", "SERVICE", "220 KM", "MAX"];

    public static byte[] Render(byte[] objectImage, int font, int seed)
    {
        var random = new Random(seed);
        using var item = SKBitmap.Decode(objectImage);
        using var image = SKImage.FromBitmap(item);
        var style = new SampleStyle(
            font,
            28,
            0,
            random.Next(4, 14),
            (float)(random.NextDouble() * 0.8),
            random.Next(55, 90),
            SampleBackground.Photo
        );
        return SampleRenderer.Render(
            Width,
            Height,
            style,
            random.Next(),
            canvas =>
            {
                SceneClutter.Draw(canvas, Width, Height, style, Labels, random);
                canvas.Save();
                canvas.SetMatrix(canvas.TotalMatrix.PreConcat(Placement(item, random)));
                canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
                canvas.Restore();
                SceneClutter.Light(canvas, Width, Height, random);
            }
        );
    }

    // Centre the object, turn it away (perspective), roll it, scale it to its share of the width and place it.
    private static SKMatrix Placement(SKBitmap item, Random random)
    {
        var yaw = Radians(random, MaxTurnDegrees);
        var pitch = Radians(random, MaxTurnDegrees);
        var focal = item.Width * 2f;
        var centre = SKMatrix.CreateTranslation(-item.Width / 2f, -item.Height / 2f);
        var turn = new SKMatrix(
            MathF.Cos(yaw),
            0,
            0,
            0,
            MathF.Cos(pitch),
            0,
            MathF.Sin(yaw) / focal,
            MathF.Sin(pitch) / focal,
            1
        );
        var share = 0.35f + (float)random.NextDouble() * 0.25f;
        var scale = SKMatrix.CreateScale(Width * share / item.Width, Width * share / item.Width);
        var roll = SKMatrix.CreateRotationDegrees((float)(random.NextDouble() * 10 - 5));
        var halfWidth = Width * share / 2;
        var at = SKMatrix.CreateTranslation(
            halfWidth + (float)random.NextDouble() * (Width - 2 * halfWidth),
            Height * (0.3f + (float)random.NextDouble() * 0.4f)
        );
        return at.PreConcat(roll).PreConcat(scale).PreConcat(turn).PreConcat(centre);
    }

    private static float Radians(Random random, float maxDegrees) =>
        (float)((random.NextDouble() * 2 - 1) * maxDegrees * Math.PI / 180);
}
