using System.Text;

namespace CarPass.Bench.Report;

/// <summary>The results of one run as Markdown: when, on what, the table, and each row's notes.</summary>
public sealed class ResultTable(string command)
{
    private readonly List<ResultRow> _rows = [];
    private readonly DateTime _started = DateTime.UtcNow;
    private readonly string _loadAtStart = Machine.LoadAverage();

    public IReadOnlyList<ResultRow> Rows => _rows;

    public void Add(ResultRow row)
    {
        _rows.Add(row);
        Console.WriteLine($"  {row.What}: {row.Measured} vs {row.Baseline} → {row.Ratio} ({row.Verdict})");
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(
            $"Run: {_started:yyyy-MM-dd HH:mm} UTC, `{command}`, {(DateTime.UtcNow - _started).TotalMinutes:F1} min."
        );
        text.AppendLine($"Machine: {Machine.Describe()}.");
        text.AppendLine($"Load average (1 min) at start {_loadAtStart}, at end {Machine.LoadAverage()}.");
        text.AppendLine();
        text.AppendLine("| what | workload | measured | baseline (same run) | ratio | target | verdict |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in _rows)
            text.AppendLine(
                $"| {r.What} | {r.Workload} | {r.Measured} | {r.Baseline} | {r.Ratio} | {r.Target} | {Mark(r.Verdict)} |"
            );
        text.AppendLine();
        foreach (var r in _rows.Where(r => r.Notes.Length > 0))
            text.AppendLine($"- **{r.What}**: {r.Notes}");
        return text.ToString();
    }

    private static string Mark(Verdict verdict) =>
        verdict switch
        {
            Verdict.Met => "met",
            Verdict.Missed => "**missed**",
            _ => "pending",
        };
}
