using CarPass.Domain.Maintenance;
using CarPass.Domain.Visits;

namespace CarPass.Data.Visits;

/// <summary>Work a centre says it did; it becomes trusted history only when the owner confirms it.</summary>
public sealed class ServiceVisit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public Guid ServiceCenterId { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime VisitDate { get; set; }
    public int? OdometerKm { get; set; }

    /// <summary>The work done as service kinds from the reminders' catalogue: confirming resets their reminders.</summary>
    public List<ServiceKind> WorkKinds { get; set; } = [];

    /// <summary>Free-text work, one item per line.</summary>
    public string WorkItems { get; set; } = "";
    public string? Parts { get; set; }
    public long? CostMinor { get; set; }
    public string? Currency { get; set; }
    public string? Note { get; set; }
    public VisitStatus Status { get; set; } = VisitStatus.PendingConfirmation;
    public DateTime StatusChangedAt { get; set; }
    public Guid? ConfirmedByUserId { get; set; }
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>When the owner hid the visit from their own views; its status, and the centre's figures, stay as they were.</summary>
    public DateTime? HiddenAt { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Concurrency token: two racing decisions on one visit give exactly one outcome.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}
