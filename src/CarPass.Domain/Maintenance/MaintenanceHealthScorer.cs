using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Maintenance;

/// <summary>
/// Maintenance health (spec section 4): red only when a critical reminder is overdue; yellow when
/// anything else is overdue or due soon, or the baseline is incomplete.
/// </summary>
public static class MaintenanceHealthScorer
{
    public const int PenaltyPerOverdue = 35;
    public const int PenaltyPerDueSoon = 15;
    public const int PenaltyForIncompleteBaseline = 20;

    public static MaintenanceHealthResult Score(VehicleSnapshot s, DateTime nowUtc)
    {
        var outlook = MaintenanceOutlook.Of(s.Reminders, s.OdometerReadings, nowUtc);
        var states = outlook.Reminders;
        var overdue = states.Count(r => r.Due == ReminderDue.Overdue);
        var dueSoon = states.Count(r => r.Due == ReminderDue.DueSoon);
        var baselineIncomplete = !outlook.BaselineComplete;

        var status =
            outlook.CriticalOverdue ? MaintenanceStatus.Red
            : overdue > 0 || dueSoon > 0 || baselineIncomplete ? MaintenanceStatus.Yellow
            : MaintenanceStatus.Green;
        var score =
            100
            - PenaltyPerOverdue * overdue
            - PenaltyPerDueSoon * dueSoon
            - (baselineIncomplete ? PenaltyForIncompleteBaseline : 0);
        return new MaintenanceHealthResult(
            Math.Clamp(score, 0, 100),
            status,
            outlook.CurrentKm,
            baselineIncomplete,
            states,
            outlook.EstimatedKm
        );
    }
}
