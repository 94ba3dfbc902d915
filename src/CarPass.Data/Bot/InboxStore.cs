using CarPass.Data.Leases;
using CarPass.Data.Persistence;
using CarPass.Data.WritePath;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Bot;

/// <summary>
/// The webhook inbox: record an update once (a redelivery finds its id), find chats with work,
/// and lease a chat so only one instance applies its updates at a time.
/// </summary>
public sealed class InboxStore(CarPassDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(1);

    /// <summary>False when the update was already recorded (by this or another instance).</summary>
    public async Task<bool> RecordAsync(long updateId, long chatId, string payloadJson, CancellationToken ct)
    {
        if (await db.InboundUpdates.AnyAsync(u => u.UpdateId == updateId, ct))
            return false;
        db.InboundUpdates.Add(
            new InboundUpdate
            {
                UpdateId = updateId,
                ChatId = chatId,
                PayloadJson = payloadJson,
                ReceivedAt = Now,
            }
        );
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e)
            when (WriteConflicts.IsConflict(e)
                || e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 }
            )
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public Task<List<long>> ChatsWithWorkAsync(int max, CancellationToken ct) =>
        db
            .InboundUpdates.AsNoTracking()
            .Where(u => u.ProcessedAt == null)
            .GroupBy(u => u.ChatId)
            .OrderBy(g => g.Min(u => u.UpdateId))
            .Select(g => g.Key)
            .Take(max)
            .ToListAsync(ct);

    public Task<List<InboundUpdate>> PendingAsync(long chatId, CancellationToken ct) =>
        db
            .InboundUpdates.AsNoTracking()
            .Where(u => u.ChatId == chatId && u.ProcessedAt == null)
            .OrderBy(u => u.UpdateId)
            .ToListAsync(ct);

    public Task MarkProcessedAsync(long updateId, CancellationToken ct) =>
        db
            .InboundUpdates.Where(u => u.UpdateId == updateId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ProcessedAt, Now), ct);

    /// <summary>Takes (or renews) the chat's lease; false when another instance holds a live one.</summary>
    public Task<bool> TryLeaseAsync(long chatId, string owner, CancellationToken ct) =>
        LeaseRow.TryTakeAsync(db, ("chat_leases", "chat_id"), chatId, owner, Now, Now + LeaseTime, ct);

    public Task ReleaseAsync(long chatId, string owner, CancellationToken ct) =>
        db.ChatLeases.Where(l => l.ChatId == chatId && l.Owner == owner).ExecuteDeleteAsync(ct);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
