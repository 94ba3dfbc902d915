namespace CarPass.Domain.Maintenance;

/// <param name="CurrentOdometerKm">The highest trusted reading.</param>
/// <param name="EstimatedOdometerKm">Today's mileage the reminders were judged by (<see cref="Vehicles.MileageEstimate"/>).</param>
public sealed record MaintenanceHealthResult(
    int Score,
    MaintenanceStatus Status,
    int? CurrentOdometerKm,
    bool BaselineIncomplete,
    IReadOnlyList<ReminderState> Reminders,
    int? EstimatedOdometerKm = null
);
