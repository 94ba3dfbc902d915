namespace CarPass.Domain.Maintenance;

public sealed record MaintenanceHealthResult(
    int Score,
    MaintenanceStatus Status,
    int? CurrentOdometerKm,
    bool BaselineIncomplete,
    IReadOnlyList<ReminderState> Reminders
);
