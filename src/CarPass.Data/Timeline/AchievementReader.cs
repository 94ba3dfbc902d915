using CarPass.Data.Access;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Timeline;

/// <summary>
/// The badges a user sees: their own and their centres', plus those of every vehicle they can read,
/// whoever held it when the badge came (a badge belongs to the car). Only active catalogue rows count.
/// </summary>
public sealed class AchievementReader(CarPassDbContext db, VehicleAccessReader access, TimeProvider clock)
{
    public async Task<AchievementShelf> ReadAsync(Guid userId, CancellationToken ct)
    {
        var readable = access.ReadableVehicleIds(userId, clock.GetUtcNow().UtcDateTime);
        var catalogue = await db
            .Achievements.AsNoTracking()
            .Where(a => a.IsActive)
            .OrderBy(a => a.CreatedAt)
            .ThenBy(a => a.Id)
            .Select(a => new BadgeInfo(a.Code, a.Scope, a.Category))
            .ToListAsync(ct);
        var earned = await (
            from u in db.UserAchievements.AsNoTracking()
            join a in db.Achievements on u.AchievementId equals a.Id
            where a.IsActive
            where (u.UserId == userId && u.VehicleId == Guid.Empty) || readable.Contains(u.VehicleId)
            orderby u.UnlockedAt descending
            select new
            {
                a.Code,
                a.Scope,
                a.Category,
                u.UnlockedAt,
                u.VehicleId,
                u.ServiceCenterId,
            }
        ).ToListAsync(ct);
        return new AchievementShelf(
            earned
                .Select(e => new EarnedBadge(
                    new BadgeInfo(e.Code, e.Scope, e.Category),
                    e.UnlockedAt,
                    e.VehicleId == Guid.Empty ? null : e.VehicleId,
                    e.ServiceCenterId == Guid.Empty ? null : e.ServiceCenterId
                ))
                .ToList(),
            catalogue
        );
    }
}
