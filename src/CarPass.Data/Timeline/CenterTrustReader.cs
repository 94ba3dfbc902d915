using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Timeline;

/// <summary>
/// Service-centre trust as owners see it, scored fresh like passports. A user may look at a centre
/// only when it touches one of their vehicles (a visit, an access grant or request) or when they
/// work there; any other centre reads exactly like a missing one.
/// </summary>
public sealed class CenterTrustReader(CarPassDbContext db, SnapshotReader snapshots, VehicleAccessQuery access)
{
    public async Task<IReadOnlyDictionary<Guid, CenterTrust>> ReadAsync(
        IReadOnlyCollection<Guid> centerIds,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var result = new Dictionary<Guid, CenterTrust>();
        if (centerIds.Count == 0)
            return result;
        var rows = await db.ServiceCenters.AsNoTracking().Where(c => centerIds.Contains(c.Id)).ToListAsync(ct);
        var trust = await snapshots.ReadServiceCentersAsync([.. rows.Select(c => c.Id)], nowUtc, ct);
        foreach (var center in rows)
        {
            if (!trust.TryGetValue(center.Id, out var snapshot))
                continue;
            result[center.Id] = new CenterTrust(
                center.Id,
                center.Name,
                center.City,
                center.Verification == VerificationStatus.Verified,
                TrustScorer.Score(snapshot)
            );
        }
        return result;
    }

    /// <summary>The centre's trust for this user, and whether they work there; null without a relation.</summary>
    public async Task<(CenterTrust Trust, bool IsStaff)?> ForUserAsync(
        Guid userId,
        Guid centerId,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var isStaff = await db.Employees.AnyAsync(
            e => e.ServiceCenterId == centerId && e.UserId == userId && e.IsActive,
            ct
        );
        if (!isStaff && !await TouchesUserVehiclesAsync(userId, centerId, nowUtc, ct))
            return null;
        var trust = await ReadAsync([centerId], nowUtc, ct);
        return trust.TryGetValue(centerId, out var found) ? (found, isStaff) : null;
    }

    private async Task<bool> TouchesUserVehiclesAsync(Guid userId, Guid centerId, DateTime nowUtc, CancellationToken ct)
    {
        var readable = access.ReadableVehicleIds(userId, nowUtc);
        return await db.ServiceVisits.AnyAsync(
                v => v.ServiceCenterId == centerId && v.Status != VisitStatus.Hidden && readable.Contains(v.VehicleId),
                ct
            )
            || await db.VehicleAccessGrants.AnyAsync(
                g => g.ServiceCenterId == centerId && readable.Contains(g.VehicleId),
                ct
            )
            || await db.AccessRequests.AnyAsync(
                r => r.ServiceCenterId == centerId && readable.Contains(r.VehicleId),
                ct
            )
            || await db.DataChangeRequests.AnyAsync(
                r => r.ServiceCenterId == centerId && readable.Contains(r.VehicleId),
                ct
            );
    }
}
