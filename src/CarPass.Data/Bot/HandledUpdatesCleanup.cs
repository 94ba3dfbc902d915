using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Bot;

/// <summary>
/// Forgets handled updates once Telegram can no longer deliver them again (it keeps an update for
/// at most 24 hours). Keeping them for good would also be wrong, not only large: after a week
/// without updates Telegram picks the next update_id at random, and an old id still on record
/// would make a new update look like a repeat and be dropped.
/// </summary>
public sealed class HandledUpdatesCleanup(CarPassDbContext db)
{
    public async Task<HandledUpdatesRemoved> RemoveHandledBeforeAsync(DateTime cutoffUtc, CancellationToken ct)
    {
        var processed = await db.ProcessedUpdates.Where(p => p.ProcessedAt < cutoffUtc).ExecuteDeleteAsync(ct);
        var inbound = await db
            .InboundUpdates.Where(u => u.ProcessedAt != null && u.ProcessedAt < cutoffUtc)
            .ExecuteDeleteAsync(ct);
        var attempts = await db.OcrAttempts.Where(a => a.CreatedAt < cutoffUtc).ExecuteDeleteAsync(ct);
        return new HandledUpdatesRemoved(processed, inbound, attempts);
    }
}

/// <param name="OcrAttempts">Photo attempts, kept as long as their updates (far longer than the rate limit's window).</param>
public sealed record HandledUpdatesRemoved(int ProcessedUpdates, int InboundUpdates, int OcrAttempts);
