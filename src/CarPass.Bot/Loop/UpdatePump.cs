using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bot.Loop;

/// <summary>
/// Keeps updates flowing from getUpdates to the handler. Each chat's updates run strictly in
/// order and chats run side by side; an update starts as soon as it has been fetched, not when the
/// whole batch before it is done, so one slow update (a photo being read) holds up only its own
/// chat. The offset moves only past updates that have been handled, so a crash loses none:
/// Telegram delivers the unhandled ones again, and the handler recognises repeats. While updates
/// are under way the pump asks for more without waiting (Telegram answers at once, with those it
/// already runs, which it skips): every <see cref="BusyPollInterval"/> while news keeps coming,
/// less often (up to <see cref="QuietPollInterval"/>) while it does not, and not at all while more
/// than <see cref="Refill"/> are under way; when none are under way, it long-polls. At most <c>parallel</c> updates are handled
/// at once (see <see cref="ParallelUpdates"/>); the others wait their turn in fetch order. A
/// handler given the <see cref="UpdateTurns"/> takes its turn itself, for the part that needs one.
/// </summary>
/// <param name="clock">Paces the polls; the system clock unless a test gives another.</param>
public sealed class UpdatePump(
    ITelegramBotClient bot,
    Func<Update, UpdateTurns, CancellationToken, Task> handle,
    int parallel,
    TimeProvider? clock = null
)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public const int Limit = 100;

    /// <summary>
    /// Once this many updates are under way the pump waits for them to end instead of asking for
    /// more: every answer repeats the updates under way (the offset cannot pass them), so asking
    /// while nearly full would read up to <see cref="Limit"/> updates again to start a handful.
    /// </summary>
    public const int Refill = Limit / 2;
    public static readonly TimeSpan BusyPollInterval = TimeSpan.FromMilliseconds(10);
    public static readonly TimeSpan QuietPollInterval = TimeSpan.FromMilliseconds(160);

    /// <summary>A pump whose handlers hold a turn from start to end.</summary>
    public UpdatePump(
        ITelegramBotClient bot,
        Func<Update, CancellationToken, Task> handle,
        int parallel,
        TimeProvider? clock = null
    )
        : this(bot, (update, turns, ct) => turns.RunAsync(() => handle(update, ct), ct), parallel, clock) { }

    /// <summary>The next offset to ask for: every update below it has been handled.</summary>
    public int? Offset { get; private set; }

    /// <summary>
    /// Runs until <paramref name="ct"/> is cancelled (then returns) or the Bot API or a handler
    /// fails (then throws). Either way it returns only once every update it started has ended, and
    /// a later run continues from <see cref="Offset"/>: nothing unhandled is skipped.
    /// </summary>
    /// <param name="polled">Called after every answer from getUpdates (the loop's backoff resets on it).</param>
    public async Task RunAsync(int pollTimeoutSeconds, CancellationToken ct, Action? polled = null)
    {
        var run = new PumpRun(handle, new UpdateTurns(parallel), _clock);
        var interval = BusyPollInterval;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                Offset = run.Settle(Offset);
                if (run.Failure is not null)
                    break;
                if (run.InFlight > Refill)
                {
                    await run.WaitAsync(Timeout.InfiniteTimeSpan, Refill, ct);
                    continue;
                }
                var asked = _clock.GetTimestamp();
                var batch = await bot.GetUpdates(
                    Offset,
                    Limit,
                    run.InFlight == 0 ? pollTimeoutSeconds : 0,
                    TelegramUpdates.Allowed,
                    ct
                );
                polled?.Invoke();
                interval = run.Start(batch, ct) ? BusyPollInterval : Min(2 * interval, QuietPollInterval);
                if (run.InFlight > 0)
                    await run.WaitAsync(interval - _clock.GetElapsedTime(asked), 0, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: the updates under way finish below; unfinished ones come again next time.
        }
        finally
        {
            await run.DrainAsync();
            Offset = run.Settle(Offset);
        }
        if (run.Failure is { } failure)
            throw new InvalidOperationException("An update failed; it will be fetched and handled again", failure);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
