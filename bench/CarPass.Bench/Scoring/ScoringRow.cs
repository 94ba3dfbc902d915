using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CarPass.Bench.Report;

namespace CarPass.Bench.Scoring;

/// <summary>
/// Runs the scoring micro-benchmark with BenchmarkDotNet (in process, so nothing is rebuilt) and
/// turns it into one row: the time at 200 records against the target, and how it grows.
/// </summary>
public static class ScoringRow
{
    private const double TargetMicroseconds = 50;

    public static ResultRow Run(bool smoke, string artifacts)
    {
        var job = smoke
            ? Job.Dry
            : Job
                .Default.WithWarmupCount(3)
                .WithIterationCount(12)
                .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(200));
        var config = ManualConfig
            .CreateMinimumViable()
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<ScoringBenchmarks>(config);
        var medians = summary
            .Reports.Where(r => r.ResultStatistics is not null)
            .ToDictionary(r => (int)r.BenchmarkCase.Parameters["Records"], r => r.ResultStatistics!.Median / 1000.0);
        foreach (var (records, median) in medians)
            Console.WriteLine($"  {records, 5} records: median {median:F2} µs");
        if (medians.Count < 3)
            return new ResultRow(
                "scoring",
                "one passport, 20 / 200 / 2,000 records",
                "failed",
                "–",
                "–",
                "",
                Verdict.Missed,
                "BenchmarkDotNet reported no result."
            );
        var (at20, at200, at2000) = (medians[20], medians[200], medians[2000]);
        var growth = at2000 / at200;
        var linear = growth <= 13;
        return new ResultRow(
            "scoring",
            "`PassportScorer.Score`, one passport of 20 / 200 / 2,000 records",
            $"{at20:F1} / **{at200:F1}** / {at2000:F1} µs",
            "– (per-record cost: 10× records should take ≈ 10× time)",
            $"200→2,000 records: {Stats.Times(growth)} time",
            "≤ 50 µs at 200 records; grows linearly",
            at200 <= TargetMicroseconds && linear ? Verdict.Met : Verdict.Missed,
            $"BenchmarkDotNet median, in process; 20→200 records: {Stats.Times(at200 / at20)} time."
        );
    }
}
