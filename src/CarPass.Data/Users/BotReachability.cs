using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Users;

/// <summary>
/// The one mark for "Telegram refuses to deliver to this person" (they blocked the bot, or never
/// started it): <see cref="User.BlockedBotAt"/>. Replies, nudges and operator notices skip a marked
/// chat; writing to the bot again clears the mark (see <see cref="UserUseCases.EnsureAsync"/>).
/// Chats are private ones, so a chat id is the person's Telegram id.
/// </summary>
public sealed class BotReachability(CarPassDbContext db, WriteGate gate, TimeProvider clock)
{
    /// <summary>Which of these chats are marked unreachable.</summary>
    public async Task<IReadOnlySet<long>> UnreachableAsync(IReadOnlyCollection<long> chatIds, CancellationToken ct)
    {
        if (chatIds.Count == 0)
            return new HashSet<long>();
        var ids = chatIds.ToList();
        var marked = await db
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.TelegramId) && u.BlockedBotAt != null)
            .Select(u => u.TelegramId)
            .ToListAsync(ct);
        return marked.ToHashSet();
    }

    /// <summary>
    /// Marks the chat's person unreachable: a short write of its own, never part of an update's
    /// transaction (replies are sent after it committed). A chat with no user row has nobody to mark.
    /// </summary>
    public async Task MarkUnreachableAsync(long chatId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await gate.BeginAsync(db, ct);
        await db
            .Users.Where(u => u.TelegramId == chatId && u.BlockedBotAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.BlockedBotAt, now), ct);
        await transaction.CommitAsync(ct);
    }
}
