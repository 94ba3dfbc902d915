using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Visits;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>
/// Many service centres' snapshots with one grouped query per figure, so a recompute of every
/// centre (and the trust of every centre on a timeline) costs six queries, not six per centre.
/// </summary>
internal static class CenterSnapshotReader
{
    public static async Task<Dictionary<Guid, ServiceCenterSnapshot>> ReadAsync(
        CarPassDbContext db,
        VehicleAccessReader access,
        IReadOnlyCollection<Guid> centerIds,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var ids = centerIds.Distinct().ToArray();
        var centers = await db
            .ServiceCenters.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Verification })
            .ToListAsync(ct);
        if (centers.Count == 0)
            return [];
        var visits = (
            await db
                .ServiceVisits.Where(v => ids.Contains(v.ServiceCenterId))
                .GroupBy(v => new { v.ServiceCenterId, v.Status })
                .Select(g => new
                {
                    g.Key.ServiceCenterId,
                    g.Key.Status,
                    Count = g.Count(),
                })
                .ToListAsync(ct)
        ).ToDictionary(x => (x.ServiceCenterId, x.Status), x => x.Count);
        var unresolved = await CountsAsync(
            from d in db.Disputes
            join v in db.ServiceVisits on d.ServiceVisitId equals v.Id
            where ids.Contains(v.ServiceCenterId) && d.Status == DisputeStatus.Open
            select v.ServiceCenterId,
            ct
        );
        var activeEmployees = await CountsAsync(
            db.Employees.Where(e => ids.Contains(e.ServiceCenterId) && e.IsActive).Select(e => e.ServiceCenterId),
            ct
        );
        var lookupSince = nowUtc.AddDays(-ServiceCenterHygiene.SuspiciousLookupWindowDays);
        var suspicious = await CountsAsync(
            db.AuditLog.Where(a =>
                    a.ServiceCenterId != null
                    && ids.Contains(a.ServiceCenterId.Value)
                    && a.Action == ServiceCenterHygiene.SuspiciousLookupAction
                    && a.OccurredAt >= lookupSince
                )
                .Select(a => a.ServiceCenterId!.Value),
            ct
        );
        var disabledHoldingGrants = await CountsAsync(DisabledEmployeesHoldingGrants(db, access, ids, nowUtc), ct);
        return centers.ToDictionary(
            c => c.Id,
            c =>
            {
                int Visits(VisitStatus status) => visits.GetValueOrDefault((c.Id, status));
                return new ServiceCenterSnapshot(
                    c.Id,
                    c.Verification,
                    Visits(VisitStatus.Confirmed),
                    Visits(VisitStatus.Rejected),
                    Visits(VisitStatus.Disputed),
                    Visits(VisitStatus.Cancelled),
                    Visits(VisitStatus.PendingConfirmation),
                    unresolved.GetValueOrDefault(c.Id),
                    activeEmployees.GetValueOrDefault(c.Id),
                    disabledHoldingGrants.GetValueOrDefault(c.Id),
                    suspicious.GetValueOrDefault(c.Id)
                );
            }
        );
    }

    /// <summary>Employees who no longer work at their centre while grants they obtained for it are still live.</summary>
    private static IQueryable<Guid> DisabledEmployeesHoldingGrants(
        CarPassDbContext db,
        VehicleAccessReader access,
        Guid[] ids,
        DateTime nowUtc
    )
    {
        var live = access.LiveGrants(nowUtc);
        return from e in db.Employees
            where ids.Contains(e.ServiceCenterId) && !e.IsActive
            where
                db.AccessRequests.Any(r =>
                    r.ServiceCenterId == e.ServiceCenterId
                    && r.RequestedByUserId == e.UserId
                    && r.GrantId != null
                    && live.Any(g => g.Id == r.GrantId)
                )
            select e.ServiceCenterId;
    }

    /// <summary>How many rows each centre has in the query (centres without any are left out).</summary>
    private static async Task<Dictionary<Guid, int>> CountsAsync(
        IQueryable<Guid> centerOfEachRow,
        CancellationToken ct
    ) =>
        await centerOfEachRow
            .GroupBy(id => id)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Id, x => x.Count, ct);
}
