using CarPass.Bench.Report;

namespace CarPass.Bench.Api;

/// <summary>The table's rows from one <see cref="ApiRun"/>: each path against the static file, then memory.</summary>
public static class ApiRows
{
    private const double MaxP99Milliseconds = 20;

    public static IReadOnlyList<ResultRow> From(ApiRun run, int connections, int rate, TimeSpan duration)
    {
        var rows = run
            .Paths.Select(p => PathRow(p.Path, p.Closed, p.Paced, p.Baseline, connections, rate, duration))
            .ToList();
        rows.Add(
            new ResultRow(
                "memory",
                "host RSS (/proc/<pid>/status VmRSS) idle, and the peak under the API loads above",
                $"{run.IdleMegabytes:F0} MB idle / {run.LoadedMegabytes:F0} MB loaded",
                "–",
                "–",
                "≤ 200 MB idle, ≤ 400 MB loaded",
                run.IdleMegabytes <= 200 && run.LoadedMegabytes <= 400 ? Verdict.Met : Verdict.Missed,
                "Idle: 2 s after the host answered its first /healthz. Passports in memory are bounded by "
                    + "`ReadModel:MaxPassports` (10,000 by default, about 2 KB each)."
            )
        );
        return rows;
    }

    private static ResultRow PathRow(
        ApiPath path,
        LoadResult closed,
        LoadResult? paced,
        LoadResult staticFile,
        int connections,
        int rate,
        TimeSpan duration
    )
    {
        var baseline =
            $"`GET {ApiRow.StaticFile}` just before: {staticFile.PerSecond:N0} req/s (p50 {Stats.Ms(staticFile.P50)})";
        var share = closed.PerSecond / staticFile.PerSecond;
        var failures = closed.Failures + (paced?.Failures ?? 0) + staticFile.Failures;
        var auth = path.Authenticated ? " with valid initData" : "";
        var workload = $"`GET {path.Shown}`{auth}, {connections} connections";
        var measured = $"{closed.PerSecond:N0} req/s (p50 {Stats.Ms(closed.P50)})";
        var target = "– (beside the baseline)";
        var verdict = Verdict.Met;
        var notes = $"Closed loop: {closed}.";
        if (path.MinimumShare is { } minimum && paced is not null)
        {
            workload += $"; then {rate} req/s for {duration.TotalSeconds:F0} s";
            measured += $"; at {rate} req/s p99 **{Stats.Ms(paced.P99)}**";
            target = $"≥ {Stats.Percent(minimum)} of its throughput; p99 ≤ {MaxP99Milliseconds:F0} ms at {rate} req/s";
            verdict =
                share >= minimum && paced.P99 <= MaxP99Milliseconds && failures == 0 ? Verdict.Met : Verdict.Missed;
            notes += $" Fixed rate: {paced}.";
        }
        return new ResultRow(
            $"API: {path.Name}",
            workload,
            measured,
            baseline,
            $"{Stats.Percent(share)} of its throughput",
            target,
            verdict,
            notes,
            failures == 0 ? null : $"{failures} requests failed (the static file's included)"
        );
    }
}
