using System.Threading.Channels;
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
/// less often (up to <see cref="QuietPollInterval"/>) while it does not; when none are under way,
/// it long-polls. At most <c>parallel</c> updates are handled
/// at once (see <see cref="ParallelUpdates"/>); the others wait their turn in fetch order. A
/// handler given the <see cref="UpdateTurns"/> takes its turn itself, for the part that needs one.
/// </summary>
public sealed class UpdatePump(
    ITelegramBotClient bot,
    Func<Update, UpdateTurns, CancellationToken, Task> handle,
    int parallel
)
{
    public const int Limit = 100;
    public static readonly TimeSpan BusyPollInterval = TimeSpan.FromMilliseconds(10);
    public static readonly TimeSpan QuietPollInterval = TimeSpan.FromMilliseconds(160);

    /// <summary>A pump whose handlers hold a turn from start to end.</summary>
    public UpdatePump(ITelegramBotClient bot, Func<Update, CancellationToken, Task> handle, int parallel)
        : this(bot, (update, turns, ct) => turns.RunAsync(() => handle(update, ct), ct), parallel) { }

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
        var run = new Run(handle, new UpdateTurns(parallel));
        var interval = BusyPollInterval;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                Offset = run.Settle(Offset);
                if (run.Failure is not null)
                    break;
                if (run.Busy)
                {
                    await run.WaitAsync(Timeout.InfiniteTimeSpan, Limit - 1, ct);
                    continue;
                }
                var asked = DateTime.UtcNow;
                var batch = await bot.GetUpdates(
                    Offset,
                    Limit,
                    run.InFlight == 0 ? pollTimeoutSeconds : 0,
                    PollingWorker.AllowedUpdates,
                    ct
                );
                polled?.Invoke();
                interval = run.Start(batch, ct) ? BusyPollInterval : Min(2 * interval, QuietPollInterval);
                if (run.InFlight > 0)
                    await run.WaitAsync(interval - (DateTime.UtcNow - asked), 0, ct);
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

    /// <summary>One run's bookkeeping, touched only by the pump's loop (handlers report through a channel).</summary>
    private sealed class Run(Func<Update, UpdateTurns, CancellationToken, Task> handle, UpdateTurns turns)
    {
        private readonly SortedSet<int> _inFlight = [];
        private readonly HashSet<int> _started = [];
        private readonly Dictionary<long, Task<bool>> _chats = [];
        private readonly Channel<(int Id, Exception? Error)> _ended = Channel.CreateUnbounded<(int, Exception?)>();
        private int? _highest;

        public int InFlight => _inFlight.Count;
        public bool Busy => _inFlight.Count >= Limit;
        public Exception? Failure { get; private set; }
        private bool Failed => Failure is not null;

        /// <summary>Starts the fetched updates not started yet; true when there was one.</summary>
        public bool Start(IEnumerable<Update> batch, CancellationToken ct)
        {
            var any = false;
            foreach (var update in batch.OrderBy(u => u.Id))
            {
                if (Failed || !_started.Add(update.Id))
                    continue;
                any = true;
                _inFlight.Add(update.Id);
                _highest = Math.Max(_highest ?? update.Id, update.Id);
                var chat = UpdateDispatcher.ChatKey(update);
                var previous = _chats.GetValueOrDefault(chat);
                // On a worker thread: a handler can run a long way before its first real wait
                // (SQLite answers synchronously), and the pump must not wait for it to fetch more.
                _chats[chat] = Task.Run(() => AfterAsync(previous, update, ct), CancellationToken.None);
            }
            return any;
        }

        /// <summary>Takes in the updates that ended and returns the offset: the lowest one still under way.</summary>
        public int? Settle(int? offset)
        {
            TakeEnded();
            foreach (var chat in _chats.Where(c => c.Value.IsCompleted).Select(c => c.Key).ToList())
                _chats.Remove(chat);
            var next = _inFlight.Count > 0 ? _inFlight.Min : _highest + 1 ?? offset;
            _started.RemoveWhere(id => id < next);
            return next;
        }

        /// <summary>
        /// Waits out the time given, but no longer than until at most <paramref name="inFlight"/>
        /// updates are under way (none: time to long-poll; fewer than the limit: room to fetch) or
        /// an update failed.
        /// </summary>
        public async Task WaitAsync(TimeSpan time, int inFlight, CancellationToken ct)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
            if (time != Timeout.InfiniteTimeSpan)
                timer.CancelAfter(time > TimeSpan.Zero ? time : TimeSpan.Zero);
            try
            {
                while (_inFlight.Count > inFlight && Failure is null)
                {
                    await _ended.Reader.WaitToReadAsync(timer.Token);
                    TakeEnded();
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // The time is up.
            }
        }

        private void TakeEnded()
        {
            while (_ended.Reader.TryRead(out var ended))
            {
                if (ended.Error is null)
                    _inFlight.Remove(ended.Id);
                else
                    Failure ??= ended.Error;
            }
        }

        public Task DrainAsync() => Task.WhenAll(_chats.Values);

        /// <summary>
        /// Runs the update after its chat's previous one. If that one did not get handled, this one
        /// does not run either: it stays unhandled, so the chat's order survives the retry.
        /// </summary>
        private async Task<bool> AfterAsync(Task<bool>? previous, Update update, CancellationToken ct)
        {
            if (previous is not null && !await previous)
                return false;
            try
            {
                await handle(update, turns, ct);
                _ended.Writer.TryWrite((update.Id, null));
                return true;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception e)
            {
                _ended.Writer.TryWrite((update.Id, e));
                return false;
            }
        }
    }
}
