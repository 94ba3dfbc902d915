using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Passports;

/// <summary>
/// The access check of every passport read, with the read-model version in the same statement, so
/// checking that a kept passport is current costs nothing beyond the check a read makes anyway. Each
/// query spells out the live-grant rule of <see cref="VehicleAccessQuery.ReadableVehicleIds"/>
/// (owner, co-owner or viewer; not revoked; not expired), because a compiled query cannot call it.
/// </summary>
internal static class ReadableVehicles
{
    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid, Guid, DateTime, CancellationToken, Task<VersionedVehicle?>>
    > One = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid userId, Guid vehicleId, DateTime nowUtc, CancellationToken ct) =>
                db
                    .Vehicles.AsNoTracking()
                    .Where(v =>
                        v.Id == vehicleId
                        && db.VehicleAccessGrants.Any(g =>
                            g.VehicleId == v.Id
                            && g.UserId == userId
                            && (
                                g.Role == AccessRole.Owner
                                || g.Role == AccessRole.CoOwner
                                || g.Role == AccessRole.Viewer
                            )
                            && g.RevokedAt == null
                            && (g.ExpiresAt == null || g.ExpiresAt > nowUtc)
                        )
                    )
                    .Select(v => new VersionedVehicle(
                        v,
                        db.VehicleScores.Where(s => s.VehicleId == v.Id).Select(s => s.Version).FirstOrDefault()
                    ))
                    .FirstOrDefault()
        )
    );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid, DateTime, IAsyncEnumerable<VersionedVehicle>>
    > Active = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid userId, DateTime nowUtc) =>
                db
                    .Vehicles.AsNoTracking()
                    .Where(v =>
                        v.State == VehicleState.Active
                        && db.VehicleAccessGrants.Any(g =>
                            g.VehicleId == v.Id
                            && g.UserId == userId
                            && (
                                g.Role == AccessRole.Owner
                                || g.Role == AccessRole.CoOwner
                                || g.Role == AccessRole.Viewer
                            )
                            && g.RevokedAt == null
                            && (g.ExpiresAt == null || g.ExpiresAt > nowUtc)
                        )
                    )
                    .OrderBy(v => v.CreatedAt)
                    .Select(v => new VersionedVehicle(
                        v,
                        db.VehicleScores.Where(s => s.VehicleId == v.Id).Select(s => s.Version).FirstOrDefault()
                    ))
        )
    );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], IAsyncEnumerable<KeyValuePair<Guid, Guid?>>>
    > Versions = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] ids) =>
                db
                    .VehicleScores.Where(s => ids.Contains(s.VehicleId))
                    .Select(s => new KeyValuePair<Guid, Guid?>(s.VehicleId, s.Version))
        )
    );

    /// <summary>The vehicle with its version, when the user may read it; null exactly as for a missing vehicle.</summary>
    public static Task<VersionedVehicle?> OneAsync(
        CarPassDbContext db,
        Guid userId,
        Guid vehicleId,
        DateTime nowUtc,
        CancellationToken ct
    ) => One.For(db)(db, userId, vehicleId, nowUtc, ct);

    /// <summary>The user's active readable vehicles in the order they were added, with their versions.</summary>
    public static ValueTask<List<VersionedVehicle>> ActiveAsync(
        CarPassDbContext db,
        Guid userId,
        DateTime nowUtc,
        CancellationToken ct
    ) => Active.For(db)(db, userId, nowUtc).ToListAsync(ct);

    /// <summary>The versions the database holds now (vehicles never recomputed are left out).</summary>
    public static async Task<Dictionary<Guid, Guid?>> VersionsAsync(
        CarPassDbContext db,
        Guid[] vehicleIds,
        CancellationToken ct
    ) => await Versions.For(db)(db, vehicleIds).ToDictionaryAsync(p => p.Key, p => p.Value, cancellationToken: ct);
}
