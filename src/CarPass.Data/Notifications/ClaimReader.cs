using CarPass.Data.Persistence;
using CarPass.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Notifications;

/// <summary>Reads the rows a sender just claimed, with their owners' current settings and whether they still matter.</summary>
public sealed class ClaimReader(CarPassDbContext db, NudgeRelevance relevance)
{
    public async Task<IReadOnlyList<ClaimedNudge>> ReadAsync(string worker, DateTime now, CancellationToken ct)
    {
        var rows = await (
            from o in db.Outbox.AsNoTracking()
            where o.ClaimedBy == worker && o.Status == OutboxStatus.Claimed
            join u in db.Users.AsNoTracking() on o.UserId equals u.Id
            join v in db.Vehicles.AsNoTracking() on o.VehicleId equals v.Id
            orderby o.NotBefore, o.CreatedAt
            select new
            {
                Row = o,
                User = u,
                VehicleName = v.Name,
            }
        ).ToListAsync(ct);
        var userIds = rows.Select(r => r.User.Id).Distinct().ToList();
        var mutes = await db.ServiceCenterMutes.AsNoTracking().Where(m => userIds.Contains(m.UserId)).ToListAsync(ct);
        var queued = rows.Select(r => new QueuedNudge(
                r.Row.Id,
                r.Row.UserId,
                r.Row.VehicleId,
                r.Row.Kind,
                NudgePayload.Read(r.Row.PayloadJson),
                r.Row.Attempts,
                PeriodKeys.RepeatOf(r.Row.PeriodKey)
            ))
            .ToList();
        var relevant = await relevance.StillRelevantAsync(queued, now, ct);
        return
        [
            .. rows.Zip(queued)
                .Select(x => new ClaimedNudge(
                    x.Second,
                    x.First.User.TelegramId,
                    x.First.User.Language,
                    x.First.VehicleName,
                    OwnerSettingsMap.From(
                        x.First.User,
                        mutes.Where(m => m.UserId == x.First.User.Id).Select(m => m.ServiceCenterId).ToHashSet()
                    ),
                    relevant.Contains(x.Second.Id)
                )),
        ];
    }
}
