using CarPass.Domain.Vehicles;

namespace CarPass.Data.Vehicles;

/// <summary>An owner's edit: only the fields that are not null change.</summary>
public sealed record VehicleChanges(
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
