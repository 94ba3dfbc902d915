using CarPass.Domain.Vehicles;

namespace CarPass.Data.Charging;

public sealed class ChargingSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public DateTime ChargedAt { get; set; }
    public double Kwh { get; set; }

    /// <summary>Total price in minor units (kopecks, cents) — never a decimal column.</summary>
    public long? TotalPriceMinor { get; set; }
    public string? Currency { get; set; }

    /// <summary>State of charge before and after, 0–100, when the car or the charger showed it.</summary>
    public int? SocBefore { get; set; }
    public int? SocAfter { get; set; }
    public ChargingPlace Place { get; set; }
    public int? OdometerKm { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
}
