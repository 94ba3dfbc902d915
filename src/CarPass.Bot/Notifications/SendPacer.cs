namespace CarPass.Bot.Notifications;

/// <summary>
/// Keeps sends under Telegram's limits: at most <c>perSecond</c> starts in any window over all
/// chats, and one start per <c>perChat</c> interval in each chat. Windows carry a small margin,
/// because Telegram counts arrivals and the network can bring two sends closer together. The
/// clock is the wire's real time, whatever the business clock says.
/// </summary>
public sealed class SendPacer(TimeProvider wireClock, int perSecond, TimeSpan perChat)
{
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1) + Margin;

    private readonly object _gate = new();
    private readonly Queue<long> _recentStarts = new();
    private readonly Dictionary<long, long> _chatFreeAt = [];
    private readonly int _perSecond = Math.Max(1, perSecond);
    private readonly TimeSpan _perChat = perChat + Margin;

    /// <summary>Waits until a send to this chat is allowed, and books it.</summary>
    public async Task WaitTurnAsync(long chatId, CancellationToken ct)
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
                    Book(chatId, now);
                    return;
                }
            }
            await Task.Delay(wait, wireClock, ct);
        }
    }

    /// <summary>Telegram asked this chat to wait (429 retry_after): nothing goes to it before then.</summary>
    public void PauseChat(long chatId, TimeSpan span)
    {
        lock (_gate)
        {
            var until = wireClock.GetTimestamp() + Ticks(span);
            _chatFreeAt[chatId] = Math.Max(_chatFreeAt.GetValueOrDefault(chatId), until);
        }
    }

    private TimeSpan ChatWait(long chatId, long now) =>
        _chatFreeAt.TryGetValue(chatId, out var freeAt) ? Span(freeAt - now) : TimeSpan.Zero;

    private TimeSpan GlobalWait(long now)
    {
        while (_recentStarts.Count > 0 && Span(now - _recentStarts.Peek()) >= Window)
            _recentStarts.Dequeue();
        return _recentStarts.Count < _perSecond ? TimeSpan.Zero : Window - Span(now - _recentStarts.Peek());
    }

    private void Book(long chatId, long now)
    {
        _recentStarts.Enqueue(now);
        if (_chatFreeAt.Count > 10_000)
            foreach (var idle in _chatFreeAt.Where(c => c.Value < now).Select(c => c.Key).ToList())
                _chatFreeAt.Remove(idle);
        _chatFreeAt[chatId] = now + Ticks(_perChat);
    }

    private TimeSpan Span(long timestampTicks) =>
        TimeSpan.FromSeconds((double)timestampTicks / wireClock.TimestampFrequency);

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * wireClock.TimestampFrequency);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
