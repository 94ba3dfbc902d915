using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Access;

/// <summary>
/// Every vehicle access goes through here. A vehicle without a live grant is reported exactly like
/// a vehicle that does not exist, so ids reveal nothing.
/// </summary>
public sealed class VehicleAccessReader(CarPassDbContext db)
{
    private static readonly AccessRole[] Editors = [AccessRole.Owner, AccessRole.CoOwner];
    private static readonly AccessRole[] Readers = [AccessRole.Owner, AccessRole.CoOwner, AccessRole.Viewer];

    // The checks every bot update and API request makes, compiled once. Each spells out the live-grant
    // rule of LiveGrants, because a compiled query cannot call it.
    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid, Guid, bool, DateTime, CancellationToken, Task<Vehicle?>>
    > Permitted = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid userId, Guid vehicleId, bool toChange, DateTime nowUtc, CancellationToken ct) =>
                db.Vehicles.FirstOrDefault(v =>
                    v.Id == vehicleId
                    && db.VehicleAccessGrants.Any(g =>
                        g.VehicleId == vehicleId
                        && g.UserId == userId
                        && (
                            g.Role == AccessRole.Owner
                            || g.Role == AccessRole.CoOwner
                            || (!toChange && g.Role == AccessRole.Viewer)
                        )
                        && g.RevokedAt == null
                        && (g.ExpiresAt == null || g.ExpiresAt > nowUtc)
                    )
                )
        )
    );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], DateTime, IAsyncEnumerable<OwnerGrant>>
    > Owners = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] vehicleIds, DateTime nowUtc) =>
                db
                    .VehicleAccessGrants.Where(g =>
                        vehicleIds.Contains(g.VehicleId)
                        && g.Role == AccessRole.Owner
                        && g.UserId != null
                        && g.RevokedAt == null
                        && (g.ExpiresAt == null || g.ExpiresAt > nowUtc)
                    )
                    .Select(g => new OwnerGrant(g.VehicleId, g.UserId!.Value))
        )
    );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], DateTime, IAsyncEnumerable<OwnerGrant>>
    > Garages = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] userIds, DateTime nowUtc) =>
                from g in db.VehicleAccessGrants
                join v in db.Vehicles on g.VehicleId equals v.Id
                where
                    g.UserId != null
                    && userIds.Contains(g.UserId.Value)
                    && g.Role == AccessRole.Owner
                    && g.RevokedAt == null
                    && (g.ExpiresAt == null || g.ExpiresAt > nowUtc)
                    && v.State == VehicleState.Active
                select new OwnerGrant(v.Id, g.UserId!.Value)
        )
    );

    public IQueryable<VehicleAccessGrant> LiveGrants(DateTime nowUtc) =>
        db.VehicleAccessGrants.Where(g => g.RevokedAt == null && (g.ExpiresAt == null || g.ExpiresAt > nowUtc));

    /// <summary>Ids of the vehicles a user may read (owner, co-owner or viewer).</summary>
    public IQueryable<Guid> ReadableVehicleIds(Guid userId, DateTime nowUtc) =>
        LiveGrants(nowUtc).Where(g => g.UserId == userId && Readers.Contains(g.Role)).Select(g => g.VehicleId);

    /// <summary>Ids of the vehicles a user may change (owner or co-owner).</summary>
    public IQueryable<Guid> EditableVehicleIds(Guid userId, DateTime nowUtc) =>
        LiveGrants(nowUtc).Where(g => g.UserId == userId && Editors.Contains(g.Role)).Select(g => g.VehicleId);

    /// <summary>The vehicle (tracked), when the user may change it.</summary>
    public Task<Vehicle?> FindEditableAsync(Guid userId, Guid vehicleId, DateTime nowUtc, CancellationToken ct) =>
        Permitted.For(db)(db, userId, vehicleId, true, nowUtc, ct);

    /// <summary>The vehicle (tracked), when the user may read it.</summary>
    public Task<Vehicle?> FindReadableAsync(Guid userId, Guid vehicleId, DateTime nowUtc, CancellationToken ct) =>
        Permitted.For(db)(db, userId, vehicleId, false, nowUtc, ct);

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
        var grants = await Owners.For(db)(db, [.. vehicleIds], nowUtc).ToListAsync(ct);
        return grants.DistinctBy(g => g.VehicleId).ToDictionary(g => g.VehicleId, g => g.UserId);
    }

    /// <summary>The active vehicles each listed user owns (user id → vehicle ids).</summary>
    public async Task<ILookup<Guid, Guid>> GaragesOfAsync(
        IReadOnlyCollection<Guid> userIds,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var owned = await Garages.For(db)(db, [.. userIds], nowUtc).ToListAsync(ct);
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

    private readonly record struct OwnerGrant(Guid VehicleId, Guid UserId);
}
