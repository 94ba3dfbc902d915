using CarPass.Domain.Maintenance;

namespace CarPass.Data.Service;

/// <summary>Service the owner reports themselves: useful, but self-reported until a centre confirms work.</summary>
public sealed class ServiceEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public ServiceKind Kind { get; set; }
    public DateTime PerformedAt { get; set; }
    public int? OdometerKm { get; set; }
    public string? Note { get; set; }
    public long? CostMinor { get; set; }
    public string? Currency { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
}
