using CarPass.Bot.Setup;
using CarPass.Data.Persistence;

namespace CarPass.Bot.Loop;

/// <summary>
/// How many updates an instance handles at once. Configured by Telegram:MaxParallelUpdates; when
/// that is 0, one per core on SQLite, where every write waits for the one writer anyway and more
/// at once only add contention (measured: docs/PERFORMANCE.md), and four per core on PostgreSQL.
/// </summary>
public static class ParallelUpdates
{
    public static int For(TelegramOptions options, WriteGate gate) =>
        options.MaxParallelUpdates > 0 ? options.MaxParallelUpdates
        : gate.Serializes ? Environment.ProcessorCount
        : 4 * Environment.ProcessorCount;
}
