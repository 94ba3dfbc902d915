using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Engine.Text;
using CarPass.Ocr.Extraction;

namespace CarPass.Ocr.Bench;

/// <summary>
/// For --explain: the readings the product itself asks for on an image (each pass, the part it read,
/// every VIN-length window with the characters the model weighed), then what it offers.
/// </summary>
internal sealed class ReadingTrace(IOcrEngine inner, TextWriter output) : IOcrEngine
{
    public Outcome<IOcrPage> Open(ReadOnlyMemory<byte> image)
    {
        var opened = inner.Open(image);
        return opened.Value is { } page ? new TracedPage(page, output) : opened;
    }

    public Task<DomainError?> WarmUpAsync(CancellationToken ct) => inner.WarmUpAsync(ct);

    private sealed class TracedPage(IOcrPage page, TextWriter output) : IOcrPage
    {
        public OcrBox? Bounds => page.Bounds;

        public async Task<OcrText> ReadAsync(OcrPass pass, CancellationToken ct) =>
            Print(pass, null, await page.ReadAsync(pass, ct));

        public async Task<OcrText> ReadAsync(OcrPass pass, OcrBox region, CancellationToken ct) =>
            Print(pass, region, await page.ReadAsync(pass, region, ct));

        public void Dispose() => page.Dispose();

        private OcrText Print(OcrPass pass, OcrBox? region, OcrText text)
        {
            lock (output)
            {
                output.WriteLine($"  {pass} over {region?.ToString() ?? "the whole image"}:");
                foreach (var window in GlyphWindows.Of(text, Vin.Length, "VIN"))
                    output.WriteLine(
                        $"    {(window.Guess ? "guess " : "")}{string.Join(' ', window.Glyphs.Select(Choices))}"
                    );
            }
            return text;
        }

        private static string Choices(OcrGlyph glyph) =>
            glyph.Choices.Count == 1
                ? $"{glyph.Character}"
                : $"{glyph.Character}({string.Join('/', glyph.Choices.Select(c => $"{c.Character}{c.Confidence:F0}"))})";
    }
}
