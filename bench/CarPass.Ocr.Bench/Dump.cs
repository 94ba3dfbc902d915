using CarPass.Ocr.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CarPass.Ocr.Bench;

internal static class Dump
{
    public static async Task RunAsync(string file, OcrPass pass)
    {
        using var engine = new TesseractEngine(
            Options.Create(new OcrOptions { EnginesPerModel = 1 }),
            NullLogger<TesseractEngine>.Instance
        );
        var page = engine.Open(await File.ReadAllBytesAsync(file)).Value!;
        var text = await page.ReadAsync(pass, default);
        foreach (var line in text.Lines)
        {
            foreach (var word in line)
            {
                foreach (var g in word)
                    Console.WriteLine(string.Join("  ", g.Choices.Select(c => $"{c.Character}:{c.Confidence:F2}")));
                Console.WriteLine("--");
            }
            Console.WriteLine("======");
        }
    }
}
