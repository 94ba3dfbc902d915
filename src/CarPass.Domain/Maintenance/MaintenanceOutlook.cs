using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Maintenance;

/// <summary>
/// Every active reminder judged against one mileage, today's estimate: the passport, the Mini App,
/// the garage and the nudges all read this, so a nudge never says overdue while the passport is green.
/// </summary>
public sealed record MaintenanceOutlook(
    int? CurrentKm,
    int? EstimatedKm,
    IReadOnlyList<ReminderState> Reminders,
    bool BaselineComplete
)
{
    public bool CriticalOverdue => Reminders.Any(CriticalMaintenance.IsOverdue);

    public static MaintenanceOutlook Of(
        IEnumerable<ReminderRecord> reminders,
        IReadOnlyList<OdometerRecord> readings,
        DateTime nowUtc
    )
    {
        var currentKm = OdometerRules.CurrentKm(readings);
        var estimatedKm = MileageEstimate.TodayKm(readings, nowUtc);
        var states = reminders
            .Where(r => r.IsActive)
            .Select(r => ReminderEvaluator.Evaluate(r, estimatedKm, nowUtc))
            .ToList();
        return new MaintenanceOutlook(
            currentKm,
            estimatedKm,
            states,
            MaintenanceBaseline.IsComplete(states, currentKm)
        );
    }
}
