using SkiaSharp;

namespace CarPass.Ocr.Samples;

/// <summary>A Russian plate as the camera sees it: a framed white plate, the region in its own box with "RUS" below.</summary>
public static class PlateSample
{
    public static byte[] Render(string series, string region, SampleStyle style, int seed)
    {
        using var font = SampleRenderer.Font(style);
        using var small = SampleRenderer.Font(style, style.FontSize * 0.32f);
        // A face without Cyrillic draws the Latin letters that look the same (А and A, В and B, …).
        var letters = SampleFonts.HasCyrillic(style.Font) ? series : LatinLookAlikes(series);
        var spaced = $"{letters[0]} {letters[1..4]} {letters[4..]}";
        var seriesWidth = font.MeasureText(spaced);
        var regionWidth = font.MeasureText(region) * 0.8f;
        var pad = style.FontSize * 0.35f;
        var plateWidth = seriesWidth + regionWidth + pad * 4;
        var plateHeight = style.FontSize * 1.45f;
        return SampleRenderer.Render(
            new SKSize(plateWidth, plateHeight),
            style,
            (Plain: 0.6f, Photo: 1.6f),
            seed,
            (canvas, margin) =>
            {
                using var plate = new SKPaint { Color = new SKColor(246, 246, 242), IsAntialias = true };
                using var ink = new SKPaint { Color = new SKColor(20, 20, 24), IsAntialias = true };
                using var frame = new SKPaint
                {
                    Color = ink.Color,
                    IsAntialias = true,
                    Style = SKPaintStyle.Stroke,
                    StrokeWidth = Math.Max(2, style.FontSize / 18),
                };
                var box = SKRect.Create(margin, margin, plateWidth, plateHeight);
                canvas.DrawRoundRect(box, 6, 6, plate);
                canvas.DrawRoundRect(box, 6, 6, frame);
                var baseline = box.Top + plateHeight * 0.5f + style.FontSize * 0.36f;
                canvas.DrawText(spaced, box.Left + pad, baseline, SKTextAlign.Left, font, ink);
                var divider = box.Left + seriesWidth + pad * 2;
                canvas.DrawLine(divider, box.Top, divider, box.Bottom, frame);
                var regionCentre = (divider + box.Right) / 2;
                using var regionFont = SampleRenderer.Font(style, style.FontSize * 0.75f);
                canvas.DrawText(
                    region,
                    regionCentre,
                    box.Top + plateHeight * 0.58f,
                    SKTextAlign.Center,
                    regionFont,
                    ink
                );
                canvas.DrawText("RUS", regionCentre, box.Bottom - plateHeight * 0.08f, SKTextAlign.Center, small, ink);
            }
        );
    }

    private static string LatinLookAlikes(string series) =>
        new(series.Select(c => "АВЕКМНОРСТУХ".IndexOf(c) is var i and >= 0 ? "ABEKMHOPCTYX"[i] : c).ToArray());
}
