namespace CarPass.Bench.BotPipeline;

/// <summary>One update through the loop: when its handling started and ended, in ms on the run's clock.</summary>
public sealed record HandledUpdate(int Id, double StartedMs, double EndedMs);

/// <summary>Every update one loop run handled, and how long the run took.</summary>
public sealed record LoopRun(IReadOnlyList<HandledUpdate> Updates, TimeSpan Elapsed)
{
    /// <summary>Throughput, and each update's time from the start of its handling to its end.</summary>
    public LoopResult Handling() => LoopResult.Of(Updates.Count, Updates.Select(u => u.EndedMs - u.StartedMs), Elapsed);

    /// <summary>Throughput, and each update's time from when it was due at the Bot API to the end of its handling.</summary>
    public LoopResult SinceDue(IReadOnlyDictionary<int, double> dueMs) =>
        LoopResult.Of(Updates.Count, Updates.Select(u => u.EndedMs - dueMs[u.Id]), Elapsed);
}
