using CarPass.Domain.Maintenance;

namespace CarPass.Data.Reminders;

public sealed class MaintenanceReminder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public ServiceKind Kind { get; set; }
    public int? IntervalKm { get; set; }
    public int? IntervalMonths { get; set; }
    public DateTime? LastDoneAt { get; set; }
    public int? LastDoneKm { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
