using CarPass.Ocr.Samples;

namespace CarPass.Ocr.Bench;

internal static class BenchReport
{
    public static void Print(
        IReadOnlyList<Sample> samples,
        IReadOnlyList<Reading> carPass,
        IReadOnlyList<Reading> cli,
        TextWriter output
    )
    {
        var hard = samples.Where(s => s.Style.IsHard).Select(s => s.Name).ToHashSet();
        var vins = samples.Where(s => s.Kind == SampleKind.Vin).Select(s => s.Name).ToHashSet();
        output.WriteLine();
        output.WriteLine(
            $"{samples.Count} images: {samples.Count - hard.Count} clean, {hard.Count} hard; {vins.Count} VINs, {samples.Count - vins.Count} plates"
        );
        output.WriteLine();
        output.WriteLine("| reader | exact | clean | hard | VIN | plate | median ms | mean ms | p95 ms |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Row(output, "CarPass (warm engine)", carPass, r => r.Exact, hard, vins);
        if (cli.Count > 0)
        {
            Row(output, "tesseract CLI", cli, r => r.Exact, hard, vins);
            Row(output, "tesseract CLI + CarPass rules", cli, r => r.ExactWithCarPassRules, hard, vins);
        }
        output.WriteLine();
        foreach (var miss in carPass.Where(r => !r.Exact))
            output.WriteLine(
                $"missed {miss.Sample}: expected {samples.First(s => s.Name == miss.Sample).Expected}, read '{miss.Read}'"
            );
    }

    private static void Row(
        TextWriter output,
        string name,
        IReadOnlyList<Reading> readings,
        Func<Reading, bool> exact,
        HashSet<string> hard,
        HashSet<string> vins
    )
    {
        var times = readings.Select(r => r.Milliseconds).Order().ToList();
        output.WriteLine(
            $"| {name} | {Share(readings, exact)} | {Share(readings.Where(r => !hard.Contains(r.Sample)), exact)} "
                + $"| {Share(readings.Where(r => hard.Contains(r.Sample)), exact)} "
                + $"| {Share(readings.Where(r => vins.Contains(r.Sample)), exact)} "
                + $"| {Share(readings.Where(r => !vins.Contains(r.Sample)), exact)} "
                + $"| {times[times.Count / 2]:F1} | {times.Average():F1} | {times[(int)(times.Count * 0.95)]:F1} |"
        );
    }

    private static string Share(IEnumerable<Reading> readings, Func<Reading, bool> exact)
    {
        var list = readings.ToList();
        return list.Count == 0
            ? "–"
            : $"{list.Count(exact)}/{list.Count} ({100.0 * list.Count(exact) / list.Count:F0} %)";
    }
}
