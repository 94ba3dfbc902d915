using System.Collections.Concurrent;
using System.Diagnostics;
using CarPass.Bot.Loop;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bench.BotPipeline;

/// <summary>
/// The product's own update loop (<see cref="UpdatePump"/>, as PollingWorker runs it: the handler
/// takes its turn for its database work, not while its replies go out) with a handler that can be
/// swapped, run until the expected number of updates has been handled. Notes when each update's
/// handling started and ended on the run's clock.
/// </summary>
public sealed class BenchLoop(
    ITelegramBotClient bot,
    Func<Update, UpdateTurns, CancellationToken, Task> handle,
    int parallel
)
{
    public async Task<LoopRun> RunAsync(int expected, TimeSpan limit, Stopwatch clock, CancellationToken ct)
    {
        var handled = new ConcurrentQueue<HandledUpdate>();
        var allHandled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pump = new UpdatePump(
            bot,
            async (update, turns, token) =>
            {
                var started = clock.Elapsed.TotalMilliseconds;
                await handle(update, turns, token);
                handled.Enqueue(new HandledUpdate(update.Id, started, clock.Elapsed.TotalMilliseconds));
                if (handled.Count >= expected)
                    allHandled.TrySetResult();
            },
            parallel
        );
        var began = clock.Elapsed;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var running = pump.RunAsync(1, stop.Token);
        await Task.WhenAny(allHandled.Task, running, Task.Delay(limit, ct));
        var elapsed = clock.Elapsed - began;
        await stop.CancelAsync();
        await running;
        await bot.GetUpdates(pump.Offset, 1, 0, TelegramUpdates.Allowed, ct); // confirm the last ones
        return new LoopRun([.. handled], elapsed);
    }
}
