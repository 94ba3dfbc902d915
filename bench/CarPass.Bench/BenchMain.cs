using CarPass.Bench.Api;
using CarPass.Bench.BotPipeline;
using CarPass.Bench.Jobs;
using CarPass.Bench.Recompute;
using CarPass.Bench.Report;
using CarPass.Bench.Scoring;

namespace CarPass.Bench;

/// <summary>Runs the rows asked for, prints the table and writes it to --out (see <see cref="BenchOptions"/>).</summary>
internal static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == InitDataVerb.Name)
            return InitDataVerb.Run(args[1..]);
        var options = BenchOptions.Parse(args);
        var ct = CancellationToken.None;
        Directory.CreateDirectory(options.WorkFolder);
        var table = new ResultTable("bash bench/run.sh" + (options.Smoke ? " --smoke" : ""));
        Console.WriteLine($"Machine: {Machine.Describe()}; load average {Machine.LoadAverage()}");

        if (options.Runs("scoring"))
        {
            Console.WriteLine("scoring…");
            table.Add(ScoringRow.Run(options.Smoke, Path.Combine(options.WorkFolder, "BenchmarkDotNet")));
        }
        if (options.Runs("recompute"))
        {
            Console.WriteLine("recompute…");
            table.Add(
                await RecomputeRow.RunAsync(
                    options.WorkFolder,
                    options.Smoke ? 200 : 10_000,
                    options.Smoke ? 2_000 : 100_000,
                    ct
                )
            );
        }

        if (options.Runs("api"))
        {
            Console.WriteLine("Mini App API and memory…");
            foreach (var row in await ApiRow.RunAsync(Repository.Root(), options.WorkFolder, options.Smoke))
                table.Add(row);
        }

        if (options.Runs("bot"))
        {
            Console.WriteLine("bot pipeline…");
            table.Add(await BotRow.RunAsync(options.WorkFolder, options.Smoke, ct));
        }

        if (options.Runs("ocr"))
            table.Add(OcrRow.From(options.OcrResults));

        if (options.Runs("sweep"))
        {
            Console.WriteLine("maintenance sweep…");
            table.Add(await SweepRow.RunAsync(options.WorkFolder, options.Smoke ? 2_000 : 100_000, ct));
        }

        if (options.Runs("sender"))
        {
            Console.WriteLine("nudge sender…");
            table.Add(await SenderRow.RunAsync(options.WorkFolder, options.Smoke ? 100 : 2_000, ct));
        }

        var markdown = table.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (options.Output is { } output)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            await File.WriteAllTextAsync(output, markdown, ct);
        }
        var wrong = table.Rows.Where(r => r.Wrong is not null).ToList();
        foreach (var row in wrong)
            Console.Error.WriteLine($"WRONG: {row.What}: {row.Wrong}");
        return wrong.Count == 0 ? 0 : 1;
    }
}
