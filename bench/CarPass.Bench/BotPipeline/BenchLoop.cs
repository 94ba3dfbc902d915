using System.Collections.Concurrent;
using System.Diagnostics;
using CarPass.Bot.Loop;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bench.BotPipeline;

/// <summary>
/// PollingWorker's loop with a handler that can be swapped: fetch up to 100 updates, run each
/// chat's updates in order and the chats side by side (as UpdateDispatcher.DispatchAsync does),
/// then move the offset. Notes when each update's handling started and ended on the run's clock.
/// </summary>
public sealed class BenchLoop(ITelegramBotClient bot, Func<Update, CancellationToken, Task> handle)
{
    public async Task<LoopRun> RunAsync(int expected, TimeSpan limit, Stopwatch clock, CancellationToken ct)
    {
        var handled = new ConcurrentBag<HandledUpdate>();
        var started = clock.Elapsed;
        int? offset = null;
        var count = 0;
        while (count < expected && clock.Elapsed - started < limit)
        {
            var batch = await bot.GetUpdates(offset, 100, 1, PollingWorker.AllowedUpdates, ct);
            if (batch.Length == 0)
                continue;
            await Task.WhenAll(
                batch.GroupBy(UpdateDispatcher.ChatKey).Select(chat => RunChatAsync(chat, handled, clock, ct))
            );
            count += batch.Length;
            offset = batch.Max(u => u.Id) + 1;
        }
        var elapsed = clock.Elapsed - started;
        await bot.GetUpdates(offset, 1, 0, PollingWorker.AllowedUpdates, ct); // confirm the last batch
        return new LoopRun([.. handled], elapsed);
    }

    private async Task RunChatAsync(
        IEnumerable<Update> updates,
        ConcurrentBag<HandledUpdate> handled,
        Stopwatch clock,
        CancellationToken ct
    )
    {
        foreach (var update in updates.OrderBy(u => u.Id))
        {
            var started = clock.Elapsed.TotalMilliseconds;
            await handle(update, ct);
            handled.Add(new HandledUpdate(update.Id, started, clock.Elapsed.TotalMilliseconds));
        }
    }
}
