using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Access;

/// <summary>
/// Every vehicle access goes through here. A vehicle without a live grant is reported exactly like
/// a vehicle that does not exist, so ids reveal nothing.
/// </summary>
public sealed class VehicleAccessQuery(CarPassDbContext db)
{
    private static readonly AccessRole[] Editors = [AccessRole.Owner, AccessRole.CoOwner];
    private static readonly AccessRole[] Readers = [AccessRole.Owner, AccessRole.CoOwner, AccessRole.Viewer];

    public IQueryable<VehicleAccessGrant> LiveGrants(DateTime nowUtc) =>
        db.VehicleAccessGrants.Where(g => g.RevokedAt == null && (g.ExpiresAt == null || g.ExpiresAt > nowUtc));

    /// <summary>Ids of the vehicles a user may read (owner, co-owner or viewer).</summary>
    public IQueryable<Guid> ReadableVehicleIds(Guid userId, DateTime nowUtc) =>
        LiveGrants(nowUtc).Where(g => g.UserId == userId && Readers.Contains(g.Role)).Select(g => g.VehicleId);

    /// <summary>Ids of the vehicles a user may change (owner or co-owner).</summary>
    public IQueryable<Guid> EditableVehicleIds(Guid userId, DateTime nowUtc) =>
        LiveGrants(nowUtc).Where(g => g.UserId == userId && Editors.Contains(g.Role)).Select(g => g.VehicleId);

    public Task<Vehicle?> FindEditableAsync(Guid userId, Guid vehicleId, DateTime nowUtc, CancellationToken ct) =>
        FindAsync(userId, vehicleId, nowUtc, Editors, ct);

    public Task<Vehicle?> FindReadableAsync(Guid userId, Guid vehicleId, DateTime nowUtc, CancellationToken ct) =>
        FindAsync(userId, vehicleId, nowUtc, Readers, ct);

    public Task<bool> IsOwnerAsync(Guid userId, Guid vehicleId, DateTime nowUtc, CancellationToken ct) =>
        LiveGrants(nowUtc)
            .AnyAsync(g => g.VehicleId == vehicleId && g.UserId == userId && g.Role == AccessRole.Owner, ct);

    public Task<Guid?> OwnerOfAsync(Guid vehicleId, DateTime nowUtc, CancellationToken ct) =>
        LiveGrants(nowUtc)
            .Where(g => g.VehicleId == vehicleId && g.Role == AccessRole.Owner)
            .Select(g => g.UserId)
            .FirstOrDefaultAsync(ct);

    /// <summary>The owner of each listed vehicle that has one (vehicle id → owner's user id).</summary>
    public async Task<Dictionary<Guid, Guid>> OwnersOfAsync(
        IReadOnlyCollection<Guid> vehicleIds,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var ids = vehicleIds.ToList();
        var grants = await LiveGrants(nowUtc)
            .Where(g => ids.Contains(g.VehicleId) && g.Role == AccessRole.Owner && g.UserId != null)
            .Select(g => new { g.VehicleId, UserId = g.UserId!.Value })
            .ToListAsync(ct);
        return grants.DistinctBy(g => g.VehicleId).ToDictionary(g => g.VehicleId, g => g.UserId);
    }

    /// <summary>The active vehicles each listed user owns (user id → vehicle ids).</summary>
    public async Task<ILookup<Guid, Guid>> GaragesOfAsync(
        IReadOnlyCollection<Guid> userIds,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var ids = userIds.Cast<Guid?>().ToList();
        var owned = await LiveGrants(nowUtc)
            .Where(g => ids.Contains(g.UserId) && g.Role == AccessRole.Owner)
            .Join(
                db.Vehicles.Where(v => v.State == VehicleState.Active),
                g => g.VehicleId,
                v => v.Id,
                (g, v) => new { UserId = g.UserId!.Value, VehicleId = v.Id }
            )
            .ToListAsync(ct);
        return owned.ToLookup(o => o.UserId, o => o.VehicleId);
    }

    public Task<bool> CenterHasAccessAsync(
        Guid serviceCenterId,
        Guid vehicleId,
        DateTime nowUtc,
        CancellationToken ct
    ) =>
        LiveGrants(nowUtc)
            .AnyAsync(
                g =>
                    g.VehicleId == vehicleId
                    && g.ServiceCenterId == serviceCenterId
                    && g.Role == AccessRole.ServiceCenter,
                ct
            );

    private async Task<Vehicle?> FindAsync(
        Guid userId,
        Guid vehicleId,
        DateTime nowUtc,
        AccessRole[] roles,
        CancellationToken ct
    )
    {
        var allowed = await LiveGrants(nowUtc)
            .AnyAsync(g => g.VehicleId == vehicleId && g.UserId == userId && roles.Contains(g.Role), ct);
        return allowed ? await db.Vehicles.FirstOrDefaultAsync(v => v.Id == vehicleId, ct) : null;
    }
}
