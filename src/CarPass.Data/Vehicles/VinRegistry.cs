using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Domain.Common;
using CarPass.Domain.Ownership;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Vehicles;

/// <summary>
/// A VIN lives in one active passport (a partial unique index says so too; archived passports do
/// not count). Answers never name or describe another person's passport. Plates may repeat: they
/// move between cars.
/// </summary>
public sealed class VinRegistry(CarPassDbContext db, VehicleAccessReader access)
{
    /// <summary>The active passport that holds the VIN, other than the one being edited.</summary>
    public Task<Vehicle?> HolderAsync(string vin, Guid? exceptVehicleId, CancellationToken ct) =>
        db
            .Vehicles.AsNoTracking()
            .Where(v => v.Vin == vin && v.State == VehicleState.Active && v.Id != exceptVehicleId)
            .OrderBy(v => v.CreatedAt)
            .FirstOrDefaultAsync(ct);

    /// <summary>Null when the vehicle may carry its VIN; otherwise why not, as the person editing it is told.</summary>
    public async Task<DomainError?> RefuseDuplicateAsync(
        Guid userId,
        Vehicle vehicle,
        DateTime nowUtc,
        CancellationToken ct
    ) => vehicle.Vin is { } vin ? await RefuseAsync(userId, vin, vehicle.Id, nowUtc, ct) : null;

    /// <summary>Null when no other active passport holds the VIN.</summary>
    public async Task<DomainError?> RefuseAsync(
        Guid userId,
        string vin,
        Guid? exceptVehicleId,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        if (await HolderAsync(vin, exceptVehicleId, ct) is not { } holder)
            return null;
        return await access.EditableVehicleIds(userId, nowUtc).ContainsAsync(holder.Id, ct)
            ? new DomainError(OwnershipErrorCodes.VinInYourGarage, holder.Name)
            : new DomainError(OwnershipErrorCodes.VinTaken);
    }

    /// <summary>Whether another active passport carries this plate (a warning, never a refusal).</summary>
    public Task<bool> PlateElsewhereAsync(string plate, Guid exceptVehicleId, CancellationToken ct) =>
        db.Vehicles.AnyAsync(
            v => v.PlateNumber == plate && v.State == VehicleState.Active && v.Id != exceptVehicleId,
            ct
        );
}
