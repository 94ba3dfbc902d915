using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Notifications;

/// <summary>
/// The sender's side of the outbox: claim due rows, then mark each one sent, deferred, skipped or
/// failed. Every change is conditional on the caller still holding the claim.
/// </summary>
public sealed class OutboxStore(
    CarPassDbContext db,
    ClaimReader claims,
    TimeProvider clock,
    IOptions<NotificationOptions> options
)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Claims up to <paramref name="max"/> due rows for <paramref name="worker"/>: pending ones whose
    /// time has come, and claims left behind by a sender that died (older than the claim timeout).
    /// Rows out of attempts are given up first. With <paramref name="only"/>, just those rows, if due.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedNudge>> ClaimAsync(
        string worker,
        int max,
        CancellationToken ct,
        IReadOnlyCollection<Guid>? only = null
    )
    {
        var now = Now;
        var stale = now.AddMinutes(-options.Value.ClaimTimeoutMinutes);
        var attempts = options.Value.MaxAttempts;
        await db
            .Outbox.Where(o =>
                o.Attempts >= attempts
                && (o.Status == OutboxStatus.Pending || (o.Status == OutboxStatus.Claimed && o.ClaimedAt < stale))
            )
            .ExecuteUpdateAsync(
                s => s.SetProperty(o => o.Status, OutboxStatus.Failed).SetProperty(o => o.LastError, "gave_up"),
                ct
            );
        var due = db.Outbox.Where(o =>
            o.Attempts < attempts
            && (
                (o.Status == OutboxStatus.Pending && o.NotBefore <= now)
                || (o.Status == OutboxStatus.Claimed && o.ClaimedAt < stale)
            )
        );
        if (only is not null)
            due = due.Where(o => only.Contains(o.Id));
        var ids = await due.OrderBy(o => o.NotBefore)
            .ThenBy(o => o.CreatedAt)
            .Select(o => o.Id)
            .Take(max)
            .ToListAsync(ct);
        if (ids.Count == 0)
            return [];
        await due.Where(o => ids.Contains(o.Id))
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(o => o.Status, OutboxStatus.Claimed)
                        .SetProperty(o => o.ClaimedBy, worker)
                        .SetProperty(o => o.ClaimedAt, now)
                        .SetProperty(o => o.Attempts, o => o.Attempts + 1),
                ct
            );
        return await claims.ReadAsync(worker, now, ct);
    }

    public Task MarkSentAsync(Guid id, string worker, CancellationToken ct) =>
        Held(id, worker)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(o => o.Status, OutboxStatus.Sent)
                        .SetProperty(o => o.SentAt, Now)
                        .SetProperty(o => o.LastError, (string?)null),
                ct
            );

    /// <summary>Back to the queue until <paramref name="notBefore"/>; a deferral that is no failure gives its attempt back.</summary>
    public Task ReleaseAsync(
        Guid id,
        string worker,
        DateTime notBefore,
        string? error,
        bool failed,
        CancellationToken ct
    )
    {
        var givenBack = failed ? 0 : 1;
        return Held(id, worker)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(o => o.Status, OutboxStatus.Pending)
                        .SetProperty(o => o.NotBefore, notBefore)
                        .SetProperty(o => o.ClaimedBy, (string?)null)
                        .SetProperty(o => o.ClaimedAt, (DateTime?)null)
                        .SetProperty(o => o.LastError, error)
                        .SetProperty(o => o.Attempts, o => o.Attempts - givenBack),
                ct
            );
    }

    public Task SkipAsync(Guid id, string worker, string reason, CancellationToken ct) =>
        Finish(id, worker, OutboxStatus.Skipped, reason, ct);

    public Task FailAsync(Guid id, string worker, string error, CancellationToken ct) =>
        Finish(id, worker, OutboxStatus.Failed, error, ct);

    private Task Finish(Guid id, string worker, OutboxStatus status, string reason, CancellationToken ct) =>
        Held(id, worker)
            .ExecuteUpdateAsync(
                s => s.SetProperty(o => o.Status, status).SetProperty(o => o.LastError, Truncate(reason)),
                ct
            );

    private IQueryable<OutboxMessage> Held(Guid id, string worker) =>
        db.Outbox.Where(o => o.Id == id && o.ClaimedBy == worker && o.Status == OutboxStatus.Claimed);

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500];
}
