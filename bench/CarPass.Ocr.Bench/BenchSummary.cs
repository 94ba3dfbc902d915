using System.Text.Json;

namespace CarPass.Ocr.Bench;

/// <summary>Exact reads and per-image times of each reader, as JSON for the benchmark table (bench/run.sh).</summary>
internal static class BenchSummary
{
    public static async Task WriteAsync(string path, IReadOnlyList<Reading> carPass, IReadOnlyList<Reading> cli)
    {
        var summary = new Dictionary<string, object?>
        {
            ["images"] = carPass.Count,
            ["carpass"] = Of(carPass),
            ["cli"] = cli.Count == 0 ? null : Of(cli),
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(summary));
    }

    private static Dictionary<string, double> Of(IReadOnlyList<Reading> readings)
    {
        var times = readings.Select(r => r.Milliseconds).Order().ToList();
        return new()
        {
            ["exact"] = readings.Count(r => r.Exact),
            ["median_ms"] = times[times.Count / 2],
            ["mean_ms"] = times.Average(),
        };
    }
}
