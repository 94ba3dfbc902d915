using CarPass.Data.Vehicles;
using CarPass.Domain.Vehicles;

namespace CarPass.Data.Lookup;

/// <summary>
/// What a service centre may see of a vehicle it found: make, model, year, masked VIN and plate.
/// Never the owner, the history or the full identifiers.
/// </summary>
public sealed record MaskedVehicle(
    Guid VehicleId,
    string? Make,
    string? Model,
    int? Year,
    string? MaskedVin,
    string? MaskedPlate
)
{
    public static MaskedVehicle Of(Vehicle v) =>
        new(
            v.Id,
            v.Make,
            v.Model,
            v.Year,
            v.Vin is null ? null : Vin.Mask(v.Vin),
            v.PlateNumber is null ? null : Plate.Mask(v.PlateNumber)
        );
}
