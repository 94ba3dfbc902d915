using CarPass.Domain.Common;

namespace CarPass.Data.Vehicles;

internal static class VehicleGuards
{
    /// <summary>No access and no such vehicle give the same answer, so ids reveal nothing.</summary>
    public static DomainError? Editable(Vehicle? vehicle) =>
        vehicle switch
        {
            null => new DomainError(ErrorCodes.VehicleNotFound),
            { State: VehicleState.Archived } => new DomainError(ErrorCodes.VehicleArchived),
            _ => null,
        };
}
