using System.Diagnostics;
using CarPass.Domain.Ocr;
using CarPass.Ocr.Engine;
using CarPass.Ocr.Samples;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CarPass.Ocr.Bench;

/// <summary>
/// A warm engine with the product's pools (a handle per core for each model, so readings wanted
/// together run at once), images read one after another, as the CLI verb does.
/// </summary>
internal sealed class CarPassRunner : IDisposable
{
    private readonly TesseractEngine _engine;
    private readonly OcrService _service;
    private readonly bool _auto;

    private CarPassRunner(BenchOptions options)
    {
        _auto = options.Auto;
        var ocr = new OcrOptions();
        if (options.NoLegacyModel)
            ocr.BundledModelsPath = Directory.CreateTempSubdirectory("carpass-no-models").FullName;
        if (options.NoLineNetwork)
            ocr.LineNetworkPath = Directory.CreateTempSubdirectory("carpass-no-network").FullName;
        var settings = Options.Create(ocr);
        _engine = new TesseractEngine(settings, NullLogger<TesseractEngine>.Instance)
        {
            Preparation = options.Preparation,
        };
        _service = new OcrService(_engine, settings, TimeProvider.System, NullLogger<OcrService>.Instance);
    }

    /// <summary>Time to load the libraries and every model, reported apart from the per-image times.</summary>
    public double StartupMilliseconds { get; private set; }

    public static async Task<CarPassRunner> StartAsync(BenchOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var runner = new CarPassRunner(options);
        if (await runner._service.WarmUpAsync(CancellationToken.None) is { } error)
            throw new InvalidOperationException($"The OCR engine is not available: {error}");
        runner.StartupMilliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return runner;
    }

    public async Task<IReadOnlyList<Reading>> RunAsync(IReadOnlyList<Sample> samples)
    {
        var readings = new List<Reading>(samples.Count);
        foreach (var sample in samples)
        {
            var started = Stopwatch.GetTimestamp();
            var outcome = await _service.ReadAsync(sample.Image, KindOf(sample), CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var candidates = outcome.Value?.Candidates ?? [];
            var field = sample.Kind == SampleKind.Plate ? OcrField.Plate : OcrField.Vin;
            var best = candidates.FirstOrDefault(c => c.Kind == field)?.Value ?? outcome.Error?.Code ?? "";
            var plate = candidates.FirstOrDefault(c => c.Kind == OcrField.Plate)?.Value;
            var read = string.Join(" ", candidates.Select(c => $"{c.Value}{(c.Valid ? "✓" : "?")}"));
            readings.Add(
                new Reading(
                    sample.Name,
                    best == sample.Expected,
                    elapsed,
                    read.Length > 0 ? read : outcome.Error?.Code ?? "",
                    PlateFound: sample.ExpectedPlate is not null && plate == sample.ExpectedPlate,
                    Candidates: candidates
                )
            );
        }
        return readings;
    }

    /// <summary>
    /// VIN and plate photos are read as what they show, as at the bot's VIN or plate step; a certificate
    /// as an unknown photo; with --auto, every image as an unknown photo.
    /// </summary>
    private OcrKind KindOf(Sample sample) =>
        _auto
            ? OcrKind.Auto
            : sample.Kind switch
            {
                SampleKind.Vin => OcrKind.Vin,
                SampleKind.Plate => OcrKind.Plate,
                _ => OcrKind.Auto,
            };

    public void Dispose() => _engine.Dispose();
}
