using CarPass.Domain.Common;

namespace CarPass.Data.Vehicles;

internal static class VehicleGuards
{
    /// <summary>No access and no such vehicle give the same answer, so ids reveal nothing.</summary>
    public static DomainError? Editable(Vehicle? vehicle) =>
        vehicle switch
        {
            null => new DomainError("vehicle_not_found"),
            { State: VehicleState.Archived } => new DomainError("vehicle_archived"),
            _ => null,
        };
}
