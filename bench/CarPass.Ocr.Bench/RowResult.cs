namespace CarPass.Ocr.Bench;

/// <summary>One row's readings by CarPass and, unless skipped, by the tesseract CLI on the same files.</summary>
internal sealed record RowResult(BenchRow Row, IReadOnlyList<Reading> CarPass, IReadOnlyList<Reading> Cli);
