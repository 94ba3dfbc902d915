using CarPass.Data.Vehicles;

namespace CarPass.Data.Access;

/// <summary>
/// Documents and tyres are the owner's private records: not even a co-owner or a service centre
/// with access reads or changes them. Null when the user is not the vehicle's live owner.
/// </summary>
public static class OwnerOnlyVehicle
{
    public static async Task<Vehicle?> FindAsync(
        VehicleAccessReader access,
        Guid userId,
        Guid vehicleId,
        DateTime now,
        CancellationToken ct
    ) =>
        await access.IsOwnerAsync(userId, vehicleId, now, ct)
            ? await access.FindEditableAsync(userId, vehicleId, now, ct)
            : null;
}
