using SkiaSharp;

namespace CarPass.Report;

/// <summary>
/// A4 pages written top to bottom: headings, wrapped paragraphs and blocks that need a given height
/// start a new page when the current one is full, and every page gets the same footer.
/// </summary>
internal sealed class PdfPages(SKDocument document, Func<int, string> footer) : IDisposable
{
    public const float Width = 595;
    public const float Height = 842;
    public const float Margin = 42;
    public const float ContentWidth = Width - 2 * Margin;
    private const float Bottom = Height - Margin - 18;

    public static readonly SKColor Ink = new(0x1B, 0x24, 0x30);
    public static readonly SKColor Muted = new(0x6B, 0x77, 0x85);
    public static readonly SKColor Accent = new(0x2E, 0xA6, 0xFF);
    public static readonly SKColor Verified = new(0x2E, 0x9E, 0x5B);
    public static readonly SKColor Warning = new(0xD9, 0x3F, 0x3F);
    public static readonly SKColor Band = new(0x17, 0x21, 0x2B);

    private SKCanvas? _canvas;
    private int _page;

    public float Y { get; private set; }
    public int PageCount => _page;

    public SKCanvas Canvas => _canvas ?? NewPage();

    public SKCanvas NewPage()
    {
        EndPage();
        _page++;
        _canvas = document.BeginPage(Width, Height);
        Y = Margin;
        return _canvas;
    }

    /// <summary>Room for a block of this height, on a new page when this one has not got it.</summary>
    public SKCanvas Reserve(float height)
    {
        if (_canvas is null || Y + height > Bottom)
            NewPage();
        return _canvas!;
    }

    public void Advance(float height) => Y += height;

    public void Heading(string text)
    {
        Reserve(60);
        Y += 10;
        Text(text, 13.5f, Ink, bold: true);
        using var line = new SKPaint
        {
            Color = Accent,
            StrokeWidth = 1.2f,
            IsAntialias = true,
        };
        Canvas.DrawLine(Margin, Y + 1, Margin + ContentWidth, Y + 1, line);
        Y += 8;
    }

    /// <summary>Wrapped text at the current position; long text runs on to the next page.</summary>
    public void Text(
        string text,
        float size = 10,
        SKColor? color = null,
        bool bold = false,
        float indent = 0,
        float right = 0
    )
    {
        using var font = Font(size, bold);
        using var paint = new SKPaint { Color = color ?? Ink, IsAntialias = true };
        var lineHeight = size * 1.45f;
        foreach (var line in Wrap(text, font, ContentWidth - indent - right))
        {
            Reserve(lineHeight);
            Canvas.DrawText(line, Margin + indent, Y + size, SKTextAlign.Left, font, paint);
            Y += lineHeight;
        }
    }

    public static SKFont Font(float size, bool bold = false) =>
        new(bold ? ReportFonts.Bold : ReportFonts.Regular, size) { Subpixel = true };

    public static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && font.MeasureText(candidate) > width)
                {
                    yield return line;
                    line = word;
                }
                else
                    line = candidate;
            }
            yield return line;
        }
    }

    private void EndPage()
    {
        if (_canvas is null)
            return;
        using var font = Font(8);
        using var paint = new SKPaint { Color = Muted, IsAntialias = true };
        _canvas.DrawText(footer(_page), Margin, Height - Margin + 6, SKTextAlign.Left, font, paint);
        document.EndPage();
        _canvas = null;
    }

    public void Dispose()
    {
        EndPage();
        document.Close();
    }
}
