using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Maintenance;

/// <summary>Maintenance health (spec section 4): red when anything is overdue, yellow when due soon or the baseline is incomplete.</summary>
public static class MaintenanceHealthScorer
{
    public const int PenaltyPerOverdue = 35;
    public const int PenaltyPerDueSoon = 15;
    public const int PenaltyForIncompleteBaseline = 20;

    public static MaintenanceHealthResult Score(VehicleSnapshot s, DateTime nowUtc)
    {
        var currentKm = OdometerRules.CurrentKm(s.OdometerReadings);
        var states = s
            .Reminders.Where(r => r.IsActive)
            .Select(r => ReminderEvaluator.Evaluate(r, currentKm, nowUtc))
            .ToList();
        var overdue = states.Count(r => r.Due == ReminderDue.Overdue);
        var dueSoon = states.Count(r => r.Due == ReminderDue.DueSoon);
        var baselineIncomplete =
            states.Count == 0 || states.Any(r => r.Due == ReminderDue.Unknown) || currentKm is null;

        var status =
            overdue > 0 ? MaintenanceStatus.Red
            : dueSoon > 0 || baselineIncomplete ? MaintenanceStatus.Yellow
            : MaintenanceStatus.Green;
        var score =
            100
            - PenaltyPerOverdue * overdue
            - PenaltyPerDueSoon * dueSoon
            - (baselineIncomplete ? PenaltyForIncompleteBaseline : 0);
        return new MaintenanceHealthResult(Math.Clamp(score, 0, 100), status, currentKm, baselineIncomplete, states);
    }
}
