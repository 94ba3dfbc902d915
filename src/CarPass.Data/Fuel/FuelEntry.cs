namespace CarPass.Data.Fuel;

public sealed class FuelEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public DateTime FilledAt { get; set; }
    public double Litres { get; set; }

    /// <summary>Total price in minor units (kopecks, cents) — never a decimal column.</summary>
    public long? TotalPriceMinor { get; set; }
    public string? Currency { get; set; }
    public int? OdometerKm { get; set; }
    public bool IsFullTank { get; set; }
    public bool MissedPrevious { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
}
