using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Timeline;

/// <summary>
/// Service-centre trust as owners see it: the stored score, the one path the bot reads too
/// (<see cref="CenterReader"/>). A user may look at a centre
/// only when it touches one of their vehicles (a visit, an access grant or request) or when they
/// work there; any other centre reads exactly like a missing one.
/// </summary>
public sealed class CenterTrustReader(CarPassDbContext db, CenterReader centers, VehicleAccessReader access)
{
    public async Task<IReadOnlyDictionary<Guid, CenterTrust>> ReadAsync(
        IReadOnlyCollection<Guid> centerIds,
        CancellationToken ct
    ) =>
        centerIds.Count == 0
            ? new Dictionary<Guid, CenterTrust>()
            : (await centers.CardsAsync(centerIds, ct)).Values.ToDictionary(
                c => c.Id,
                c => new CenterTrust(c.Id, c.Name, c.City, c.Verification == VerificationStatus.Verified, c.Trust)
            );

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
        var trust = await ReadAsync([centerId], ct);
        return trust.TryGetValue(centerId, out var found) ? (found, isStaff) : null;
    }

    private async Task<bool> TouchesUserVehiclesAsync(Guid userId, Guid centerId, DateTime nowUtc, CancellationToken ct)
    {
        var readable = access.ReadableVehicleIds(userId, nowUtc);
        return await db.ServiceVisits.AnyAsync(
                v => v.ServiceCenterId == centerId && v.HiddenAt == null && readable.Contains(v.VehicleId),
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
