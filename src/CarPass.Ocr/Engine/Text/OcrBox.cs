namespace CarPass.Ocr.Engine.Text;

/// <summary>Where something was read, in the pixels of the prepared image the pass read (right and bottom exclusive).</summary>
public readonly record struct OcrBox(int Left, int Top, int Right, int Bottom)
{
    public int Width => Right - Left;

    public int Height => Bottom - Top;

    /// <summary>The smallest box holding every glyph that has one; null when none has.</summary>
    public static OcrBox? Around(IEnumerable<OcrGlyph> glyphs)
    {
        var boxes = glyphs.Select(g => g.Box).OfType<OcrBox>().ToList();
        return boxes.Count == 0
            ? null
            : new OcrBox(
                boxes.Min(b => b.Left),
                boxes.Min(b => b.Top),
                boxes.Max(b => b.Right),
                boxes.Max(b => b.Bottom)
            );
    }

    /// <summary>The box widened by a share of its height on every side (a line's ascenders, a tilt).</summary>
    public OcrBox Padded(double sideways, double upAndDown)
    {
        var (x, y) = ((int)Math.Ceiling(Height * sideways), (int)Math.Ceiling(Height * upAndDown));
        return new OcrBox(Left - x, Top - y, Right + x, Bottom + y);
    }
}
