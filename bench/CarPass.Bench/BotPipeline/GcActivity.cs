namespace CarPass.Bench.BotPipeline;

/// <summary>What the garbage collector did over a stretch of work: bytes allocated per unit, collections by generation, and the time it paused the process.</summary>
public sealed record GcActivity(long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcActivity Start() =>
        new(
            GC.GetTotalAllocatedBytes(),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration()
        );

    public string Per(int units)
    {
        var bytes = (GC.GetTotalAllocatedBytes() - Allocated) / Math.Max(units, 1);
        var paused = (GC.GetTotalPauseDuration() - Paused).TotalMilliseconds;
        return $"{bytes / 1024.0:F0} KB allocated per update, collections gen0 {GC.CollectionCount(0) - Gen0}, "
            + $"gen1 {GC.CollectionCount(1) - Gen1}, gen2 {GC.CollectionCount(2) - Gen2}, "
            + $"paused {paused:F0} ms in all";
    }
}
