namespace CarPass.Bot.Notifications;

/// <summary>
/// Keeps sends under Telegram's limits: at most <c>perSecond</c> sends in any second over all
/// chats, and one send per <c>perChat</c> interval in each chat. A send counts from when it starts
/// until a window after its answer came back: Telegram counts arrivals, and a request arrives
/// somewhere in between, so however the network bunches requests up, no second can hold more.
/// The clock is the wire's real time, whatever the business clock says.
/// </summary>
public sealed class SendPacer(TimeProvider wireClock, int perSecond, TimeSpan perChat)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    private readonly object _gate = new();
    private readonly List<SendSlot> _window = [];
    private readonly Dictionary<long, long> _chatFreeAt = [];
    private readonly HashSet<long> _chatsInFlight = [];
    private readonly int _perSecond = Math.Max(1, perSecond);

    /// <summary>Waits until a send to this chat is allowed and books it; hand the slot back to <see cref="Done"/>.</summary>
    public async Task<SendSlot> WaitTurnAsync(long chatId, CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = wireClock.GetTimestamp();
                wait = Max(ChatWait(chatId, now), GlobalWait(now));
                if (wait <= TimeSpan.Zero)
                {
                    var slot = new SendSlot(chatId);
                    _window.Add(slot);
                    _chatsInFlight.Add(chatId);
                    return slot;
                }
            }
            await Task.Delay(wait, wireClock, ct);
        }
    }

    /// <summary>The answer came back (or the send failed): from now the slot ages out of the windows.</summary>
    public void Done(SendSlot slot)
    {
        lock (_gate)
        {
            if (slot.DoneAt is not null)
                return;
            var now = wireClock.GetTimestamp();
            slot.DoneAt = now;
            _chatsInFlight.Remove(slot.ChatId);
            FreeChatAt(slot.ChatId, now + Ticks(perChat));
        }
    }

    /// <summary>Telegram asked this chat to wait (429 retry_after): nothing goes to it before then.</summary>
    public void PauseChat(long chatId, TimeSpan span)
    {
        lock (_gate)
            FreeChatAt(chatId, wireClock.GetTimestamp() + Ticks(span));
    }

    private void FreeChatAt(long chatId, long at)
    {
        if (_chatFreeAt.Count > 10_000)
            foreach (var idle in _chatFreeAt.Where(c => c.Value < at - Ticks(perChat)).Select(c => c.Key).ToList())
                _chatFreeAt.Remove(idle);
        _chatFreeAt[chatId] = Math.Max(_chatFreeAt.GetValueOrDefault(chatId), at);
    }

    private TimeSpan ChatWait(long chatId, long now)
    {
        if (_chatsInFlight.Contains(chatId))
            return Poll;
        return _chatFreeAt.TryGetValue(chatId, out var freeAt) ? Span(freeAt - now) : TimeSpan.Zero;
    }

    private TimeSpan GlobalWait(long now)
    {
        _window.RemoveAll(s => s.DoneAt is { } done && Span(now - done) >= Window);
        if (_window.Count < _perSecond)
            return TimeSpan.Zero;
        var oldestDone = _window.Where(s => s.DoneAt is not null).Select(s => s.DoneAt!.Value).DefaultIfEmpty().Min();
        return oldestDone == 0 ? Poll : Window - Span(now - oldestDone);
    }

    private TimeSpan Span(long timestampTicks) =>
        TimeSpan.FromSeconds((double)timestampTicks / wireClock.TimestampFrequency);

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * wireClock.TimestampFrequency);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
