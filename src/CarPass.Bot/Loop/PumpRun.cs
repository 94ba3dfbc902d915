using System.Threading.Channels;
using Telegram.Bot.Types;

namespace CarPass.Bot.Loop;

/// <summary>One run of an <see cref="UpdatePump"/>: its bookkeeping, touched only by the pump's loop (handlers report through a channel).</summary>
internal sealed class PumpRun(
    Func<Update, UpdateTurns, CancellationToken, Task> handle,
    UpdateTurns turns,
    TimeProvider clock
)
{
    private readonly SortedSet<int> _inFlight = [];
    private readonly HashSet<int> _started = [];
    private readonly Dictionary<long, Task<bool>> _chats = [];
    private readonly Channel<(int Id, Exception? Error)> _ended = Channel.CreateUnbounded<(int, Exception?)>();
    private int? _highest;

    public int InFlight => _inFlight.Count;
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
            var chat = TelegramUpdates.ChatOf(update);
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
        using var timeUp = new CancellationTokenSource(
            time == Timeout.InfiniteTimeSpan || time > TimeSpan.Zero ? time : TimeSpan.Zero,
            clock
        );
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct, timeUp.Token);
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
