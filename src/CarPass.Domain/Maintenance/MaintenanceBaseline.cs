using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Maintenance;

/// <summary>A vehicle has a maintenance baseline once something tells when service was last done.</summary>
public static class MaintenanceBaseline
{
    public static bool Exists(VehicleSnapshot s) =>
        s.Reminders.Any(r => r.IsActive && (r.LastDoneAt is not null || r.LastDoneKm is not null))
        || s.ServiceEntries.Any(e => !e.IsDeleted)
        || s.Visits.Any(v => v.Status == VisitStatus.Confirmed);
}
