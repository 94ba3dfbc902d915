using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Reports;

/// <summary>The open links a user made, newest first, with how often each was opened.</summary>
public sealed class ShareLinkReader(CarPassDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<OpenShareLink>> OpenOfAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await (
            from link in db.ShareLinks.AsNoTracking()
            join vehicle in db.Vehicles on link.VehicleId equals vehicle.Id
            where link.CreatedByUserId == userId && link.RevokedAt == null && link.ExpiresAt > now
            orderby link.CreatedAt descending
            select new OpenShareLink(
                link.Id,
                link.VehicleId,
                vehicle.Name,
                link.ReportId,
                link.CreatedAt,
                link.ExpiresAt,
                link.ViewCount,
                link.LastViewedAt
            )
        ).ToListAsync(ct);
    }
}
