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
);
