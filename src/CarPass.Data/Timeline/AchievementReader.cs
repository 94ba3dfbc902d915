using CarPass.Data.Access;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Timeline;

/// <summary>
/// The badges a user sees: their own, those of the centres where they are active staff, and those of
/// every vehicle they can read. A car's and a centre's badges belong to the car and the centre, not
/// to whoever held it or managed it when the badge came. Only active catalogue rows count.
/// </summary>
public sealed class AchievementReader(CarPassDbContext db, VehicleAccessReader access, TimeProvider clock)
{
    public async Task<AchievementShelf> ReadAsync(Guid userId, CancellationToken ct)
    {
        var readable = access.ReadableVehicleIds(userId, clock.GetUtcNow().UtcDateTime);
        var centres = db.Employees.Where(e => e.UserId == userId && e.IsActive).Select(e => e.ServiceCenterId);
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
            where
                (u.UserId == userId && u.VehicleId == Guid.Empty && u.ServiceCenterId == Guid.Empty)
                || (u.ServiceCenterId != Guid.Empty && centres.Contains(u.ServiceCenterId))
                || readable.Contains(u.VehicleId)
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
