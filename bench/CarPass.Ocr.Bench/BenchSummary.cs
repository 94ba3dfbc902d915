using System.Text.Json;

namespace CarPass.Ocr.Bench;

/// <summary>Exact reads and per-image times of each reader, per row and in all, as JSON for the benchmark table (bench/run.sh).</summary>
internal static class BenchSummary
{
    public static async Task WriteAsync(string path, IReadOnlyList<RowResult> results, double startupMs)
    {
        var carPass = results.SelectMany(r => r.CarPass).ToList();
        var cli = results.SelectMany(r => r.Cli).ToList();
        var (right, valid) = BenchReport.ValidVins(results);
        var summary = new Dictionary<string, object?>
        {
            ["images"] = carPass.Count,
            ["carpass"] = Of(carPass),
            ["cli"] = cli.Count == 0 ? null : Of(cli),
            ["startup_ms"] = startupMs,
            ["valid_vins"] = valid,
            ["valid_vins_right"] = right,
            ["rows"] = results.ToDictionary(
                r => r.Row.Name,
                r => new Dictionary<string, object?>
                {
                    ["images"] = r.CarPass.Count,
                    ["carpass"] = Of(r.CarPass),
                    ["cli"] = r.Cli.Count == 0 ? null : Of(r.Cli),
                }
            ),
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(summary));
    }

    private static Dictionary<string, double> Of(IReadOnlyList<Reading> readings)
    {
        var times = readings.Select(r => r.Milliseconds).Order().ToList();
        return new()
        {
            ["exact"] = readings.Count(r => r.Exact),
            ["plates_found"] = readings.Count(r => r.PlateFound),
            ["median_ms"] = times[times.Count / 2],
            ["mean_ms"] = times.Average(),
        };
    }
}
