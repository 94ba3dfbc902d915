using CarPass.Ocr.Samples;

namespace CarPass.Ocr.Bench;

/// <summary>
/// The benchmark's rows, each a fixed seed so a row is the same images every run. The validation
/// set (--validation) is for development: tuning fonts only, seeds no row uses.
/// </summary>
internal static class BenchRows
{
    public static IReadOnlyList<BenchRow> Build(BenchOptions options)
    {
        var count = options.Count;
        var (certificates, scenes) = (Math.Max(2, count / 5), Math.Max(2, count / 4));
        var seed = options.ValidationSeed;
        if (options.Validation)
            return
            [
                new("validation crops", SampleSet.Generate(count, seed, FontSet.Tuning)),
                new("validation certificates", SampleSet.Certificates(certificates, seed + 1, FontSet.Tuning)),
                new("validation scenes", SampleSet.Scenes(scenes, seed + 2, FontSet.Tuning)),
            ];
        var rows = new List<BenchRow>();
        if (options.Rows.Contains("tuning"))
            rows.Add(new("tuning fonts", SampleSet.Generate(count, 7, FontSet.Tuning)));
        if (options.Rows.Contains("unseen"))
            rows.Add(new("unseen fonts", SampleSet.Generate(count, 17, FontSet.Unseen)));
        if (options.Rows.Contains("certificates"))
            rows.Add(new("certificates", SampleSet.Certificates(certificates, 27, FontSet.Unseen)));
        if (options.Rows.Contains("scenes"))
            rows.Add(new("photo-like scenes", SampleSet.Scenes(scenes, 37, FontSet.Unseen)));
        return rows;
    }
}
