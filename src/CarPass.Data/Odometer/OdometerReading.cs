using CarPass.Domain.Vehicles;

namespace CarPass.Data.Odometer;

public sealed class OdometerReading
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public int ValueKm { get; set; }
    public DateTime RecordedAt { get; set; }
    public OdometerSource Source { get; set; }

    /// <summary>Trusted readings drive reminders; flagged or unconfirmed ones are kept but never poison them.</summary>
    public bool IsTrusted { get; set; }

    /// <summary>The owner kept a reading that jumped implausibly; it is stored untrusted.</summary>
    public bool IsFlagged { get; set; }
    public Guid? ServiceVisitId { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
}
