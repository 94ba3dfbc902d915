namespace CarPass.Domain.Maintenance;

/// <summary>
/// The one maintenance baseline (docs/SCORING.md): at least one active reminder, each with a
/// starting point it can count from, and a trusted mileage. The health widget, Complete Garage and
/// the maintenance_baseline badge all use this rule.
/// </summary>
public static class MaintenanceBaseline
{
    public static bool IsComplete(IReadOnlyCollection<ReminderState> activeReminders, int? trustedKm) =>
        activeReminders.Count > 0 && activeReminders.All(r => r.Due != ReminderDue.Unknown) && trustedKm is not null;
}
