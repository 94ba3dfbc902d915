using System.Diagnostics;
using CarPass.Ocr.Extraction;
using CarPass.Ocr.Samples;

namespace CarPass.Ocr.Bench;

/// <summary>
/// The `tesseract` command-line tool on the same files, as an operator would run it: the right
/// language for each image, default settings. It counts as exact when the expected value appears
/// anywhere in its output once spaces and punctuation are removed (a generous reading).
/// </summary>
internal static class CliRunner
{
    public static async Task<IReadOnlyList<Reading>> RunAsync(IReadOnlyList<Sample> samples, string folder)
    {
        var readings = new List<Reading>(samples.Count);
        foreach (var sample in samples)
        {
            var language = sample.Kind switch
            {
                SampleKind.Vin => "eng",
                SampleKind.Plate => "rus",
                _ => "rus+eng",
            };
            var started = Stopwatch.GetTimestamp();
            var text = await RunTesseractAsync(Path.Combine(folder, sample.FileName), language);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var latin = Compact(text, cyrillic: false);
            var cyrillic = Compact(text, cyrillic: true);
            var withRules =
                sample.Kind == SampleKind.Plate
                    ? RussianPlateExtractor.Extract(text).FirstOrDefault()?.Value
                    : VinExtractor.Extract(text, DateTime.UtcNow.Year).FirstOrDefault()?.Value;
            readings.Add(
                new Reading(
                    sample.Name,
                    (sample.Kind == SampleKind.Plate ? cyrillic : latin).Contains(sample.Expected),
                    elapsed,
                    latin,
                    PlateFound: sample.ExpectedPlate is { } plate && cyrillic.Contains(plate),
                    ExactWithCarPassRules: withRules == sample.Expected
                )
            );
        }
        return readings;
    }

    private static async Task<string> RunTesseractAsync(string file, string language)
    {
        var start = new ProcessStartInfo("tesseract", [file, "stdout", "-l", language])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("tesseract did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await errors;
        return await output;
    }

    // Plates: Latin look-alikes count as their Cyrillic letters, as CarPass itself treats them.
    private static string Compact(string text, bool cyrillic)
    {
        var letters = new string(text.ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
        return cyrillic
            ? new string(
                letters.Select(c => "ABEKMHOPCTYX".IndexOf(c) is var i and >= 0 ? "АВЕКМНОРСТУХ"[i] : c).ToArray()
            )
            : letters;
    }
}
