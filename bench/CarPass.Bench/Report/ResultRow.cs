namespace CarPass.Bench.Report;

/// <summary>One line of the results table: a figure, the baseline measured in the same run, and the target.</summary>
public sealed record ResultRow(
    string What,
    string Workload,
    string Measured,
    string Baseline,
    string Ratio,
    string Target,
    Verdict Verdict,
    string Notes = ""
)
{
    public static ResultRow Pending(string what, string workload, string target, string why) =>
        new(what, workload, "–", "–", "–", target, Verdict.Pending, why);
}
