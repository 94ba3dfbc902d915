using CarPass.Bench.Report;

namespace CarPass.Bench.Recompute;

/// <summary>Recompute of every vehicle at two sizes, each against the plain read of the same rows.</summary>
public static class RecomputeRow
{
    public static async Task<ResultRow> RunAsync(string folder, int small, int large, CancellationToken ct)
    {
        var a = await RecomputeRun.MeasureAsync(folder, small, ct);
        var b = await RecomputeRun.MeasureAsync(folder, large, ct);
        var scaling = b.Recompute / a.Recompute / ((double)large / small);
        var deadline = TimeSpan.FromSeconds(60.0 * large / 100_000);
        var met = a.Ratio <= 2 && b.Ratio <= 2 && b.Recompute <= deadline && scaling <= 1.3;
        return new ResultRow(
            "recompute",
            $"every vehicle of a {small:N0}- and a {large:N0}-vehicle SQLite file, {Seeding.SyntheticGarage.RecordsPerVehicle} records each",
            $"{Seconds(a.Recompute)} / **{Seconds(b.Recompute)}**",
            $"plain read {Seconds(a.PlainRead)} / {Seconds(b.PlainRead)}",
            $"{Stats.Times(a.Ratio)} / {Stats.Times(b.Ratio)}; {large / small}× data → {Stats.Times(b.Recompute / a.Recompute)} time",
            $"≤ 2× the plain read; {large:N0} in ≤ {deadline.TotalSeconds:F0} s; 10× data ≈ 10× time (no worse than linear)",
            met ? Verdict.Met : Verdict.Missed,
            $"Steady state (scores and badges already stored, as every night). The first pass, which stores them all, took "
                + $"{Seconds(a.FirstRecompute)} / {Seconds(b.FirstRecompute)}. Seeding took {Seconds(a.Seed)} / {Seconds(b.Seed)} (raw prepared inserts)."
        );
    }

    private static string Seconds(TimeSpan t) => $"{t.TotalSeconds:F1} s";
}
