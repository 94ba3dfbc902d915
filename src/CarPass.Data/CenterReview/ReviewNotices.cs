using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.ServiceCenters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarPass.Data.CenterReview;

/// <summary>
/// Operators hear of new registrations at most once per period each: a sender claims an
/// operator's period in the database (so two instances cannot both send), sends, then marks the
/// centres named. The registrations themselves are the queue: a centre stays waiting until it is
/// reviewed, and one not named yet (a failed send, an operator who blocked the bot or never
/// started it, more than fit in one notice) is named in a later notice.
/// </summary>
public sealed class ReviewNotices(CarPassDbContext db, TimeProvider clock, IOptions<RegistrationLimits> limits)
{
    public const int MaxListed = 10;

    public async Task<IReadOnlyList<ReviewNotice>> ClaimDueAsync(
        IReadOnlyCollection<long> operatorTelegramIds,
        CancellationToken ct
    )
    {
        var ids = operatorTelegramIds.ToList();
        var waiting = ids.Count == 0 ? [] : await WaitingAsync(ct);
        if (waiting.Count == 0)
            return [];
        var now = clock.GetUtcNow().UtcDateTime;
        var due = now.AddMinutes(-limits.Value.OperatorNoticeMinutes);
        // Only operators who started the bot and did not block it: Telegram refuses the others.
        var operators = await db
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.TelegramId) && u.BlockedBotAt == null)
            .ToListAsync(ct);
        var userIds = operators.Select(o => o.Id).ToList();
        var rows = await db
            .OperatorNotices.AsNoTracking()
            .Where(n => userIds.Contains(n.UserId))
            .ToDictionaryAsync(n => n.UserId, ct);
        var claimed = new List<ReviewNotice>();
        foreach (var op in operators)
        {
            var row = rows.GetValueOrDefault(op.Id);
            if (row?.LastSentAt > due)
                continue;
            var fresh = waiting.Where(c => IsAfter(c, row)).ToList();
            if (fresh.Count == 0 || await ClaimAsync(op.Id, row, now, ct) is not { } version)
                continue;
            claimed.Add(
                new ReviewNotice(
                    op.Id,
                    op.TelegramId,
                    op.Language,
                    [.. fresh.Take(MaxListed)],
                    waiting.Count,
                    Math.Max(0, fresh.Count - MaxListed),
                    row?.LastSentAt,
                    version
                )
            );
        }
        return claimed;
    }

    /// <summary>Telegram took the notice: its centres are named and will not be named again.</summary>
    public Task SentAsync(ReviewNotice notice, CancellationToken ct)
    {
        var last = notice.Centers[^1];
        return Held(notice)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(n => n.CoveredThroughAt, last.RegisteredAt)
                        .SetProperty(n => n.CoveredThroughCenterId, last.Id),
                ct
            );
    }

    /// <summary>The notice did not go out: the period is given back, so a later run can send it.</summary>
    public Task ReleaseAsync(ReviewNotice notice, CancellationToken ct)
    {
        var version = Guid.NewGuid();
        return Held(notice)
            .ExecuteUpdateAsync(
                s => s.SetProperty(n => n.LastSentAt, notice.PreviousSentAt).SetProperty(n => n.Version, version),
                ct
            );
    }

    private IQueryable<OperatorNotice> Held(ReviewNotice notice) =>
        db.OperatorNotices.Where(n => n.UserId == notice.OperatorUserId && n.Version == notice.ClaimVersion);

    private async Task<Guid?> ClaimAsync(Guid userId, OperatorNotice? row, DateTime now, CancellationToken ct)
    {
        var version = Guid.NewGuid();
        if (row is not null)
        {
            var won = await db
                .OperatorNotices.Where(n => n.UserId == userId && n.Version == row.Version)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(n => n.LastSentAt, now).SetProperty(n => n.Version, version),
                    ct
                );
            return won == 1 ? version : null;
        }
        db.OperatorNotices.Add(
            new OperatorNotice
            {
                UserId = userId,
                LastSentAt = now,
                Version = version,
            }
        );
        try
        {
            await db.SaveChangesAsync(ct);
            return version;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // Another sender inserted the operator's row first: this period is theirs.
            if (await db.OperatorNotices.AnyAsync(n => n.UserId == userId, ct))
                return null;
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static bool IsAfter(WaitingCenter center, OperatorNotice? row) =>
        row?.CoveredThroughAt is not { } at
        || center.RegisteredAt > at
        || (center.RegisteredAt == at && center.Id.CompareTo(row.CoveredThroughCenterId!.Value) > 0);

    private async Task<List<WaitingCenter>> WaitingAsync(CancellationToken ct)
    {
        var rows = await (
            from c in db.ServiceCenters.AsNoTracking()
            where c.Verification == VerificationStatus.Unverified
            join u in db.Users.AsNoTracking() on c.CreatedByUserId equals u.Id
            select new
            {
                Center = c,
                u.FirstName,
                u.Username,
            }
        ).ToListAsync(ct);
        return
        [
            .. rows.Select(r => new WaitingCenter(
                    r.Center.Id,
                    r.Center.Name,
                    r.Center.City,
                    r.Center.Address,
                    r.Center.Contact,
                    $"{r.FirstName} {(r.Username is { } name ? "@" + name : "")}".Trim(),
                    r.Center.CreatedAt
                ))
                .OrderBy(c => c.RegisteredAt)
                .ThenBy(c => c.Id),
        ];
    }
}
