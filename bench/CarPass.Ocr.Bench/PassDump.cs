using System.Diagnostics;
using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CarPass.Ocr.Bench;

/// <summary>--explain IMAGE...: what each pass reads on an image, and how long it takes, for finding why the validation set missed it.</summary>
internal static class PassDump
{
    private static readonly OcrPass[] Passes =
    [
        OcrPass.Latin,
        OcrPass.LatinDenoised,
        OcrPass.LatinLegacy,
        OcrPass.Plate,
        OcrPass.PlateSparse,
        OcrPass.PlateSharp,
        OcrPass.PlateUnframed,
        OcrPass.Document,
    ];

    public static async Task PrintAsync(IEnumerable<string> paths, TextWriter output)
    {
        using var engine = new TesseractEngine(
            Options.Create(new OcrOptions { EnginesPerModel = 1 }),
            NullLogger<TesseractEngine>.Instance
        );
        foreach (var path in paths)
        {
            var opened = engine.Open(await File.ReadAllBytesAsync(path));
            output.WriteLine($"== {path} {opened.Error?.Code}");
            if (opened.Value is not { } page)
                continue;
            using (page)
            {
                foreach (var pass in Passes)
                {
                    var started = Stopwatch.GetTimestamp();
                    var text = await page.ReadAsync(pass, default);
                    output.WriteLine(
                        $"{pass} ({Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms):\n{text}\n"
                    );
                }
            }
            await TraceAsync(engine, path, output);
        }
    }

    /// <summary>The readings the product asks for to read the image as the kind its name says, and what it offers.</summary>
    private static async Task TraceAsync(TesseractEngine engine, string path, TextWriter output)
    {
        var kind =
            Path.GetFileName(path).Contains("plate") ? OcrKind.Plate
            : Path.GetFileName(path).StartsWith("cert") ? OcrKind.Auto
            : OcrKind.Vin;
        var settings = Options.Create(new OcrOptions { EnginesPerModel = 1 });
        var service = new OcrService(
            new ReadingTrace(engine, output),
            settings,
            TimeProvider.System,
            NullLogger<OcrService>.Instance
        );
        output.WriteLine($"The product's readings as {kind}:");
        var result = await service.ReadAsync(await File.ReadAllBytesAsync(path), kind, default);
        var offered = result.Value?.Candidates.Select(c => $"{c.Value}{(c.Valid ? "✓" : "?")}") ?? [];
        output.WriteLine($"  offered: {string.Join(' ', offered)} {result.Error?.Code}\n");
    }
}
