using System.Text.Json;
using CarPass.Ocr.Samples;

namespace CarPass.Ocr.Bench;

/// <summary>Exact reads and per-image times of each reader, per row, as JSON for the benchmark table (bench/run.sh).</summary>
internal static class BenchSummary
{
    public static async Task WriteAsync(string path, IReadOnlyList<RowResult> results, double startupMs)
    {
        var (right, valid) = BenchReport.ValidOnes(results, CarPass.Domain.Ocr.OcrField.Vin);
        var summary = new Dictionary<string, object?>
        {
            ["images"] = results.Sum(r => r.CarPass.Count),
            ["startup_ms"] = startupMs,
            ["valid_vins"] = valid,
            ["valid_vins_right"] = right,
            ["rows"] = results.ToDictionary(
                r => r.Row.Name,
                r => new Dictionary<string, object?>
                {
                    ["carpass"] = Of(r.Row, r.CarPass),
                    ["cli"] = r.Cli.Count == 0 ? null : Of(r.Row, r.Cli),
                }
            ),
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(summary));
    }

    private static Dictionary<string, double> Of(BenchRow row, IReadOnlyList<Reading> readings)
    {
        var kinds = row.Samples.ToDictionary(s => s.Name, s => s.Kind);
        var plates = readings.Where(r => kinds[r.Sample] == SampleKind.Plate).ToList();
        var vins = readings.Where(r => kinds[r.Sample] != SampleKind.Plate).ToList();
        var certificates = readings.Where(r => kinds[r.Sample] == SampleKind.Certificate).ToList();
        var times = readings.Select(r => r.Milliseconds).Order().ToList();
        return new()
        {
            ["images"] = readings.Count,
            ["vins"] = vins.Count,
            ["vins_exact"] = vins.Count(r => r.Exact),
            ["plates"] = certificates.Count > 0 ? certificates.Count : plates.Count,
            ["plates_exact"] =
                certificates.Count > 0 ? certificates.Count(r => r.PlateFound) : plates.Count(r => r.Exact),
            ["median_ms"] = times[times.Count / 2],
            ["mean_ms"] = times.Average(),
        };
    }
}
