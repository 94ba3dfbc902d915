using CarPass.Ocr.Samples;

namespace CarPass.Ocr.Bench;

/// <summary>One row of the benchmark: a name and its images.</summary>
internal sealed record BenchRow(string Name, IReadOnlyList<Sample> Samples)
{
    public bool ListsMisses => Name.StartsWith("validation", StringComparison.Ordinal);
}
