using System.Collections.Concurrent;
using System.Diagnostics;
using CarPass.Bot.Loop;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bench.BotPipeline;

/// <summary>
/// PollingWorker's loop with a handler that can be swapped: fetch up to 100 updates, run each
/// chat's updates in order and the chats side by side (as UpdateDispatcher.DispatchAsync does),
/// then move the offset. Each update's handling is timed.
/// </summary>
public sealed class BenchLoop(ITelegramBotClient bot, Func<Update, CancellationToken, Task> handle)
{
    public async Task<LoopResult> RunAsync(int expected, TimeSpan limit, CancellationToken ct)
    {
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        int? offset = null;
        var handled = 0;
        while (handled < expected && clock.Elapsed < limit)
        {
            var batch = await bot.GetUpdates(offset, 100, 1, PollingWorker.AllowedUpdates, ct);
            if (batch.Length == 0)
                continue;
            await Task.WhenAll(
                batch.GroupBy(UpdateDispatcher.ChatKey).Select(chat => RunChatAsync(chat, latencies, ct))
            );
            handled += batch.Length;
            offset = batch.Max(u => u.Id) + 1;
        }
        var elapsed = clock.Elapsed;
        await bot.GetUpdates(offset, 1, 0, PollingWorker.AllowedUpdates, ct); // confirm the last batch
        return LoopResult.Of(handled, latencies, elapsed);
    }

    private async Task RunChatAsync(IEnumerable<Update> updates, ConcurrentBag<double> latencies, CancellationToken ct)
    {
        foreach (var update in updates.OrderBy(u => u.Id))
        {
            var started = Stopwatch.GetTimestamp();
            await handle(update, ct);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
