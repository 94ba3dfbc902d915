using SkiaSharp;

namespace CarPass.Ocr.Samples;

/// <summary>Lines of text as on a VIN plate, a windscreen sticker or a stamped frame.</summary>
public static class TextSample
{
    public static byte[] Render(IReadOnlyList<string> lines, SampleStyle style, int seed)
    {
        using var font = SampleRenderer.Font(style);
        var lineHeight = style.FontSize * 1.5f;
        var content = new SKSize(lines.Max(l => font.MeasureText(l)), lineHeight * lines.Count);
        return SampleRenderer.Render(
            content,
            style,
            (Plain: 1f, Photo: 2.5f),
            seed,
            (canvas, margin) =>
            {
                using var ink = new SKPaint { Color = new SKColor(25, 25, 30), IsAntialias = true };
                for (var i = 0; i < lines.Count; i++)
                {
                    var baseline = margin + lineHeight * i + style.FontSize * 1.1f;
                    canvas.DrawText(lines[i], margin, baseline, SKTextAlign.Left, font, ink);
                }
            }
        );
    }
}
