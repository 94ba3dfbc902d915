using CarPass.Data.Access;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Vehicles;

/// <summary>The vehicles a person may change (owner or co-owner), and any vehicle by id to name it in a notice.</summary>
public sealed class VehicleReader(CarPassDbContext db, VehicleAccessReader access, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The person's active vehicles they may change, in the order they were added.</summary>
    public Task<List<Vehicle>> EditableAsync(Guid userId, CancellationToken ct) =>
        ActiveAsync(access.EditableVehicleIds(userId, Now), ct);

    /// <summary>The person's active vehicles they own themselves (not co-own or see), in the order they were added.</summary>
    public Task<List<Vehicle>> OwnedAsync(Guid userId, CancellationToken ct) =>
        ActiveAsync(
            access
                .LiveGrants(Now)
                .Where(g => g.UserId == userId && g.Role == AccessRole.Owner)
                .Select(g => g.VehicleId),
            ct
        );

    private Task<List<Vehicle>> ActiveAsync(IQueryable<Guid> ids, CancellationToken ct) =>
        db
            .Vehicles.AsNoTracking()
            .Where(v => ids.Contains(v.Id) && v.State == VehicleState.Active)
            .OrderBy(v => v.CreatedAt)
            .ToListAsync(ct);

    /// <summary>One of those; null when it is not the person's to change, or archived.</summary>
    public async Task<Vehicle?> EditableAsync(Guid userId, Guid vehicleId, CancellationToken ct) =>
        await access.FindEditableAsync(userId, vehicleId, Now, ct) is { State: VehicleState.Active } vehicle
            ? vehicle
            : null;

    /// <summary>Any vehicle, whoever may see it: only to name or mask it in a notice its own use case allowed.</summary>
    public Task<Vehicle?> FindAsync(Guid vehicleId, CancellationToken ct) =>
        db.Vehicles.AsNoTracking().FirstOrDefaultAsync(v => v.Id == vehicleId, ct);
}
