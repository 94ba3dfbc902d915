using CarPass.Domain.Vehicles;

namespace CarPass.Data.Vehicles;

public sealed class Vehicle
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string? Make { get; set; }
    public string? Model { get; set; }
    public int? Year { get; set; }
    public string? Vin { get; set; }
    public string? PlateNumber { get; set; }
    public string? PlateCountry { get; set; }

    /// <summary>Highest trusted odometer reading, kept in step by the write path for lists and searches.</summary>
    public int? CurrentOdometerKm { get; set; }
    public FuelType? FuelType { get; set; }
    public double? ConsumptionBaselineLPer100Km { get; set; }
    public string? EngineOilType { get; set; }
    public double? EngineOilVolumeL { get; set; }
    public string? TransmissionFluid { get; set; }
    public string? CoolantType { get; set; }
    public string? BrakeFluidType { get; set; }
    public VehicleState State { get; set; } = VehicleState.Active;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ArchivedAt { get; set; }
}
