using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Flows.Ocr;

/// <summary>The active vehicles a person may edit (owner or co-owner): where a photo's values can go.</summary>
public sealed class OwnerVehicles(CarPassDbContext db, VehicleAccessQuery access, TimeProvider clock)
{
    public Task<List<Vehicle>> ListAsync(Guid userId, CancellationToken ct)
    {
        var editable = access.EditableVehicleIds(userId, clock.GetUtcNow().UtcDateTime);
        return db
            .Vehicles.AsNoTracking()
            .Where(v => editable.Contains(v.Id) && v.State == VehicleState.Active)
            .OrderBy(v => v.CreatedAt)
            .ToListAsync(ct);
    }

    public async Task<Vehicle?> FindAsync(Guid userId, Guid vehicleId, CancellationToken ct) =>
        await access.FindEditableAsync(userId, vehicleId, clock.GetUtcNow().UtcDateTime, ct)
            is { State: VehicleState.Active } vehicle
            ? vehicle
            : null;
}
