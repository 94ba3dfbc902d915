using System.Diagnostics;
using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Imaging;
using CarPass.Ocr.Samples;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CarPass.Ocr.Bench;

/// <summary>One warm engine handle per model, images read one after another, as the CLI verb does.</summary>
internal static class CarPassRunner
{
    public static async Task<IReadOnlyList<Reading>> RunAsync(IReadOnlyList<Sample> samples, BenchOptions options)
    {
        var settings = Options.Create(new OcrOptions { EnginesPerModel = 1 });
        using var engine = new TesseractEngine(settings, NullLogger<TesseractEngine>.Instance)
        {
            Preparation = options.Preparation,
        };
        var service = new OcrService(engine, settings, TimeProvider.System, NullLogger<OcrService>.Instance);
        if (await service.WarmUpAsync(CancellationToken.None) is { } error)
            throw new InvalidOperationException($"The OCR engine is not available: {error}");
        var readings = new List<Reading>(samples.Count);
        foreach (var sample in samples)
        {
            var kind = sample.Kind == SampleKind.Vin ? OcrKind.Vin : OcrKind.Plate;
            var started = Stopwatch.GetTimestamp();
            var outcome = await service.ReadAsync(sample.Image, kind, CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var best = outcome.Value?.Candidates.FirstOrDefault()?.Value ?? outcome.Error?.Code ?? "";
            readings.Add(new Reading(sample.Name, best == sample.Expected, elapsed, best));
        }
        return readings;
    }
}
