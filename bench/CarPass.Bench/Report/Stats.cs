namespace CarPass.Bench.Report;

/// <summary>Percentiles of measured durations (nearest rank).</summary>
public static class Stats
{
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0
            ? double.NaN
            : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Ms(double milliseconds) =>
        milliseconds < 10 ? $"{milliseconds:F2} ms" : $"{milliseconds:F1} ms";

    public static string Times(double ratio) => $"{ratio:F2}×";

    public static string Percent(double share) => $"{share * 100:F0} %";
}
