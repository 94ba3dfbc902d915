using CarPass.Domain.Ocr;
using CarPass.Ocr.Samples;

namespace CarPass.Ocr.Bench;

internal static class BenchReport
{
    public static void Print(IReadOnlyList<RowResult> results, double startupMs, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| row | reader | images | VIN exact | plate exact | median ms | mean ms | p95 ms |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            Line(output, result.Row, "CarPass (warm)", result.CarPass, r => r.Exact);
            if (result.Cli.Count == 0)
                continue;
            Line(output, result.Row, "tesseract CLI", result.Cli, r => r.Exact);
            Line(output, result.Row, "tesseract CLI + CarPass rules", result.Cli, r => r.ExactWithCarPassRules);
        }
        output.WriteLine();
        var (right, valid) = ValidOnes(results, OcrField.Vin);
        var (platesRight, platesValid) = ValidOnes(results, OcrField.Plate);
        output.WriteLine(
            $"VINs marked valid: {right} of {valid} right ({(valid == 0 ? 100 : 100.0 * right / valid):F1} %); "
                + $"plates marked valid: {platesRight} of {platesValid} right "
                + $"({(platesValid == 0 ? 100 : 100.0 * platesRight / platesValid):F1} %); "
                + $"CarPass startup (libraries and models, once): {startupMs:F0} ms"
        );
        foreach (var result in results.Where(r => r.Row.ListsMisses))
        foreach (var miss in result.CarPass.Where(r => !r.Exact || (IsCertificate(result, r) && !r.PlateFound)))
            output.WriteLine($"missed {miss.Sample}: expected {Expected(result, miss)}, read '{miss.Read}'");
    }

    /// <summary>Every VIN or plate candidate offered as valid, in every row, against the truth of its image.</summary>
    public static (int Right, int Valid) ValidOnes(IReadOnlyList<RowResult> results, OcrField field)
    {
        var pairs = results
            .SelectMany(r =>
                r.CarPass.Select(reading => (reading, sample: r.Row.Samples.First(s => s.Name == reading.Sample)))
            )
            .SelectMany(p =>
                (p.reading.Candidates ?? [])
                    .Where(c => c.Kind == field && c.Valid)
                    .Select(c =>
                        c.Value
                        == (field == OcrField.Plate ? p.sample.ExpectedPlate ?? p.sample.Expected : p.sample.Expected)
                    )
            )
            .ToList();
        return (pairs.Count(right => right), pairs.Count);
    }

    private static bool IsCertificate(RowResult result, Reading reading) =>
        result.Row.Samples.First(s => s.Name == reading.Sample).Kind == SampleKind.Certificate;

    private static string Expected(RowResult result, Reading reading)
    {
        var sample = result.Row.Samples.First(s => s.Name == reading.Sample);
        return sample.ExpectedPlate is null ? sample.Expected : $"{sample.Expected} {sample.ExpectedPlate}";
    }

    private static void Line(
        TextWriter output,
        BenchRow row,
        string reader,
        IReadOnlyList<Reading> readings,
        Func<Reading, bool> exact
    )
    {
        var kinds = row.Samples.ToDictionary(s => s.Name, s => s.Kind);
        var vins = readings.Where(r => kinds[r.Sample] != SampleKind.Plate).ToList();
        var plates = readings.Where(r => kinds[r.Sample] == SampleKind.Plate).ToList();
        var certificates = readings.Where(r => kinds[r.Sample] == SampleKind.Certificate).ToList();
        var plateShare = certificates.Count > 0 ? Share(certificates, r => r.PlateFound) : Share(plates, exact);
        var times = readings.Select(r => r.Milliseconds).Order().ToList();
        output.WriteLine(
            $"| {row.Name} | {reader} | {readings.Count} | {Share(vins, exact)} | {plateShare} "
                + $"| {times[times.Count / 2]:F1} | {times.Average():F1} | {times[(int)(times.Count * 0.95)]:F1} |"
        );
    }

    private static string Share(IReadOnlyList<Reading> readings, Func<Reading, bool> exact) =>
        readings.Count == 0
            ? "–"
            : $"{readings.Count(exact)}/{readings.Count} ({100.0 * readings.Count(exact) / readings.Count:F0} %)";
}
