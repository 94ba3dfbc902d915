namespace CarPass.Domain.Vehicles;

/// <summary>The identity and specification fields of a vehicle, as the scoring rules see them.</summary>
public sealed record VehicleProfile(
    string? Name = null,
    string? Make = null,
    string? Model = null,
    int? Year = null,
    string? Vin = null,
    string? PlateNumber = null,
    string? PlateCountry = null,
    FuelType? FuelType = null,
    double? ConsumptionBaselineLPer100Km = null,
    string? EngineOilType = null,
    double? EngineOilVolumeL = null,
    string? TransmissionFluid = null,
    string? CoolantType = null,
    string? BrakeFluidType = null
);
