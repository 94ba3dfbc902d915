using CarPass.Ocr.Bench;

var options = BenchOptions.Parse(args);
var samples = CarPass.Ocr.Samples.SampleSet.Generate(options.Count, options.Seed);
var folder = options.Folder ?? Path.Combine(Path.GetTempPath(), "carpass-ocr-bench", options.Seed.ToString());
Directory.CreateDirectory(folder);
foreach (var sample in samples)
    await File.WriteAllBytesAsync(Path.Combine(folder, sample.FileName), sample.Image);
await File.WriteAllLinesAsync(
    Path.Combine(folder, "expected.tsv"),
    samples.Select(s => $"{s.FileName}\t{s.Expected}\t{(s.Style.IsHard ? "hard" : "clean")}")
);
Console.WriteLine($"{samples.Count} images in {folder}");

var carPass = await CarPassRunner.RunAsync(samples, options);
var cli = options.SkipCli ? [] : await CliRunner.RunAsync(samples, folder);
BenchReport.Print(samples, carPass, cli, Console.Out);
if (options.Summary is { } summary)
    await BenchSummary.WriteAsync(summary, carPass, cli);
if (options.Folder is null)
    Directory.Delete(folder, recursive: true);
