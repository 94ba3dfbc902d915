namespace CarPass.Bench;

/// <summary>
/// --only scoring,recompute,api,bot,ocr,sweep,sender (default: all); --smoke (tiny sizes, a minute,
/// to prove every row still runs); --out FILE (the Markdown results); --ocr-results FILE (the OCR
/// benchmark's JSON summary, written by bench/run.sh); --work DIR (temporary databases).
/// </summary>
public sealed record BenchOptions(
    IReadOnlySet<string> Rows,
    bool Smoke,
    string? Output,
    string? OcrResults,
    string WorkFolder
)
{
    public static readonly string[] AllRows = ["scoring", "recompute", "api", "bot", "ocr", "sweep", "sender"];

    public bool Runs(string row) => Rows.Contains(row);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(
            AllRows.ToHashSet(),
            false,
            null,
            null,
            Path.Combine(Path.GetTempPath(), "carpass-bench")
        );
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--only" => options with
                {
                    Rows = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(),
                },
                "--smoke" => options with { Smoke = true },
                "--out" => options with { Output = Path.GetFullPath(args[++i]) },
                "--ocr-results" => options with { OcrResults = Path.GetFullPath(args[++i]) },
                "--work" => options with { WorkFolder = Path.GetFullPath(args[++i]) },
                var unknown => throw new ArgumentException($"Unknown option {unknown}"),
            };
        }
        var unknownRows = options.Rows.Except(AllRows).ToList();
        if (unknownRows.Count > 0)
            throw new ArgumentException(
                $"Unknown rows: {string.Join(", ", unknownRows)}; known: {string.Join(", ", AllRows)}"
            );
        return options;
    }
}
