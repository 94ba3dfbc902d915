using CarPass.Bench.Report;

namespace CarPass.Bench.BotPipeline;

/// <summary>Updates handled per second over the whole run, and latency percentiles of single updates.</summary>
public sealed record LoopResult(int Updates, double PerSecond, double P50, double P99, double Max)
{
    public static LoopResult Of(int updates, IEnumerable<double> latencies, TimeSpan elapsed)
    {
        var sorted = latencies.Order().ToList();
        return new LoopResult(
            updates,
            updates / elapsed.TotalSeconds,
            Stats.Percentile(sorted, 50),
            Stats.Percentile(sorted, 99),
            sorted.Count == 0 ? 0 : sorted[^1]
        );
    }

    public override string ToString() =>
        $"{Updates:N0} updates, {PerSecond:N0}/s, p50 {Stats.Ms(P50)}, p99 {Stats.Ms(P99)}, max {Stats.Ms(Max)}";
}
