namespace CarPass.Data.Passports;

/// <summary>The passport read model's bound (README, configuration).</summary>
public sealed class ReadModelOptions
{
    public const string Section = "ReadModel";

    /// <summary>
    /// Passports kept in memory per process, one per vehicle (about 2 KB each: 10,000 take about 20 MB).
    /// Past it the least recently read are dropped and computed again when next read.
    /// </summary>
    public int MaxPassports { get; set; } = 10_000;

    /// <summary>
    /// Records of recently written vehicles kept in memory per process, for the next write to the same
    /// vehicle (<see cref="Scores.KeptHistories"/>; 80-130 bytes each with their car's share, measured:
    /// 200,000 take 16-26 MB).
    /// Past it the least recently written are dropped and read again at their next write.
    /// </summary>
    public int MaxKeptRecords { get; set; } = 200_000;
}
