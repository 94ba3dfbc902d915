using CarPass.Ocr.Bench;

if (args is ["--explain", .. var images])
{
    await PassDump.PrintAsync(images, Console.Out);
    return;
}
if (args is ["--confusions", .. var rest])
{
    await Confusions.PrintAsync(rest is [var n] ? int.Parse(n) : 200, Console.Out);
    return;
}
var options = BenchOptions.Parse(args);
var rows = BenchRows.Build(options);
var folder = options.Folder ?? Path.Combine(Path.GetTempPath(), "carpass-ocr-bench", Environment.ProcessId.ToString());
Directory.CreateDirectory(folder);
foreach (var sample in rows.SelectMany(r => r.Samples))
    await File.WriteAllBytesAsync(Path.Combine(folder, sample.FileName), sample.Image);
await File.WriteAllLinesAsync(
    Path.Combine(folder, "expected.tsv"),
    rows.SelectMany(r => r.Samples.Select(s => $"{r.Name}\t{s.FileName}\t{s.Expected}\t{s.ExpectedPlate}"))
);
Console.WriteLine($"{rows.Sum(r => r.Samples.Count)} images in {folder}; load average {LoadAverage()}");

using var carPass = await CarPassRunner.StartAsync(options);
var results = new List<RowResult>();
foreach (var row in rows)
{
    var read = await carPass.RunAsync(row.Samples);
    var cli = options.SkipCli ? [] : await CliRunner.RunAsync(row.Samples, folder);
    results.Add(new RowResult(row, read, cli));
}
BenchReport.Print(results, carPass.StartupMilliseconds, Console.Out);
Console.WriteLine($"load average at the end: {LoadAverage()}");
if (options.Summary is { } summary)
    await BenchSummary.WriteAsync(summary, results, carPass.StartupMilliseconds);
if (options.Folder is null)
    Directory.Delete(folder, recursive: true);

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
