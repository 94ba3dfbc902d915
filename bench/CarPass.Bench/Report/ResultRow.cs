namespace CarPass.Bench.Report;

/// <summary>
/// One line of the results table: a figure, the baseline measured in the same run, and the target.
/// <see cref="Wrong"/> says what the run got wrong, whatever its speed (a lost or duplicated message,
/// an unexpected outbox row): the benchmark then fails, so even the smoke run catches it.
/// </summary>
public sealed record ResultRow(
    string What,
    string Workload,
    string Measured,
    string Baseline,
    string Ratio,
    string Target,
    Verdict Verdict,
    string Notes = "",
    string? Wrong = null
)
{
    public static ResultRow Pending(string what, string workload, string target, string why) =>
        new(what, workload, "–", "–", "–", target, Verdict.Pending, why);
}
