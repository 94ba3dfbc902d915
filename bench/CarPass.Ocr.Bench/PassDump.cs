using CarPass.Ocr.Engine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CarPass.Ocr.Bench;

/// <summary>--explain IMAGE: what each pass reads on one image, for finding why the validation set missed it.</summary>
internal static class PassDump
{
    public static void Print(string path, TextWriter output)
    {
        using var engine = new TesseractEngine(
            Options.Create(new OcrOptions { EnginesPerModel = 1 }),
            NullLogger<TesseractEngine>.Instance
        );
        using var page = engine.Open(File.ReadAllBytes(path)).Value!;
        foreach (var pass in new[] { OcrPass.Latin, OcrPass.LatinDenoised, OcrPass.Plate, OcrPass.Document })
            output.WriteLine($"{pass}:\n{page.ReadAsync(pass, default).GetAwaiter().GetResult()}\n");
    }
}
