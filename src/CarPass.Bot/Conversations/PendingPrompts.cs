using System.Collections.Concurrent;

namespace CarPass.Bot.Conversations;

/// <summary>
/// The id of each chat's latest question, known only once Telegram has answered the send, which is
/// after the update's commit. It waits here until the chat's next step stores it with the
/// conversation, instead of costing a transaction of its own per question. Only the buttons of a
/// question depend on it: after a restart, a lost id leaves that one question's buttons, answered
/// "out of date" if tapped. Bounded: past <see cref="Limit"/> chats waiting it starts afresh.
/// </summary>
public sealed class PendingPrompts
{
    public const int Limit = 100_000;

    private readonly ConcurrentDictionary<long, int> _latest = new();

    public void Remember(long chatId, int messageId)
    {
        if (_latest.Count >= Limit)
            _latest.Clear();
        _latest[chatId] = messageId;
    }

    public int? Latest(long chatId) => _latest.TryGetValue(chatId, out var id) ? id : null;

    public void Forget(long chatId) => _latest.TryRemove(chatId, out _);
}
