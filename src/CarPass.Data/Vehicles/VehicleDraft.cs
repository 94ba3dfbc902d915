using CarPass.Domain.Vehicles;

namespace CarPass.Data.Vehicles;

/// <summary>What an owner gives when adding a vehicle; everything but a name or make is optional.</summary>
public sealed record VehicleDraft(
    string? Name = null,
    string? Make = null,
    string? Model = null,
    int? Year = null,
    string? Vin = null,
    string? PlateNumber = null,
    string? PlateCountry = null,
    int? OdometerKm = null,
    FuelType? FuelType = null
);
