using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Visits;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>Reads the immutable snapshots the scoring library works on.</summary>
public sealed class SnapshotReader(CarPassDbContext db, VehicleAccessQuery access)
{
    /// <summary>How many vehicles one batched read covers: bounded so its id list stays a short parameter list.</summary>
    public const int BatchSize = 500;

    public async Task<VehicleSnapshot?> ReadVehicleAsync(Guid vehicleId, DateTime nowUtc, CancellationToken ct) =>
        (await ReadVehiclesAsync([vehicleId], nowUtc, ct)).GetValueOrDefault(vehicleId);

    /// <summary>
    /// The snapshots of these vehicles, seven queries (one per table) for every <see cref="BatchSize"/>
    /// of them, whatever their number; ids of vehicles that do not exist are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, VehicleSnapshot>> ReadVehiclesAsync(
        IReadOnlyCollection<Guid> vehicleIds,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var all = new Dictionary<Guid, VehicleSnapshot>();
        foreach (var batch in vehicleIds.Chunk(BatchSize))
        foreach (var (id, snapshot) in await VehicleSnapshotQuery.ReadAsync(db, access, batch, nowUtc, ct))
            all[id] = snapshot;
        return all;
    }

    public async Task<ServiceCenterSnapshot?> ReadServiceCenterAsync(
        Guid centerId,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var center = await db.ServiceCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == centerId, ct);
        if (center is null)
            return null;
        var byStatus = await db
            .ServiceVisits.AsNoTracking()
            .Where(v => v.ServiceCenterId == centerId)
            .GroupBy(v => v.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, ct);
        int Count(VisitStatus s) => byStatus.GetValueOrDefault(s);
        var unresolved = await (
            from d in db.Disputes
            join v in db.ServiceVisits on d.ServiceVisitId equals v.Id
            where v.ServiceCenterId == centerId && d.Status == DisputeStatus.Open
            select d.Id
        ).CountAsync(ct);
        var activeEmployees = await db.Employees.CountAsync(e => e.ServiceCenterId == centerId && e.IsActive, ct);
        var lookupSince = nowUtc.AddDays(-ServiceCenterHygiene.SuspiciousLookupWindowDays);
        var suspicious = await db.AuditLog.CountAsync(
            a =>
                a.ServiceCenterId == centerId
                && a.Action == ServiceCenterHygiene.SuspiciousLookupAction
                && a.OccurredAt >= lookupSince,
            ct
        );
        return new ServiceCenterSnapshot(
            centerId,
            center.Verification,
            Count(VisitStatus.Confirmed),
            Count(VisitStatus.Rejected),
            Count(VisitStatus.Disputed),
            Count(VisitStatus.Cancelled),
            Count(VisitStatus.PendingConfirmation),
            unresolved,
            activeEmployees,
            await CountDisabledEmployeesHoldingGrantsAsync(centerId, nowUtc, ct),
            suspicious
        );
    }

    /// <summary>Grants a centre obtained through someone who no longer works there, still live.</summary>
    private Task<int> CountDisabledEmployeesHoldingGrantsAsync(Guid centerId, DateTime nowUtc, CancellationToken ct)
    {
        var live = access.LiveGrants(nowUtc);
        return (
            from e in db.Employees
            where e.ServiceCenterId == centerId && !e.IsActive
            where
                db.AccessRequests.Any(r =>
                    r.ServiceCenterId == centerId
                    && r.RequestedByUserId == e.UserId
                    && r.GrantId != null
                    && live.Any(g => g.Id == r.GrantId)
                )
            select e.Id
        ).CountAsync(ct);
    }
}
