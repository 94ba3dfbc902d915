using CarPass.Domain.Maintenance;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Notifications;

/// <summary>
/// The maintenance candidate of one vehicle: overdue when anything is overdue (due-soon items ride
/// along in the same message), else due soon. Each item is a reminder's current cycle, so logging
/// the service (a new last-done value) makes the next cycle news again.
/// </summary>
public static class MaintenanceNudges
{
    public static NudgeCandidate? For(
        Guid vehicleId,
        IEnumerable<ReminderRecord> reminders,
        IReadOnlyList<OdometerRecord> readings,
        DateTime nowUtc
    )
    {
        var currentKm = OdometerRules.CurrentKm(readings);
        var todayKm = MileageEstimate.TodayKm(readings, nowUtc);
        var states = reminders
            .Where(r => r.IsActive)
            .Select(r => (Reminder: r, State: ReminderEvaluator.Evaluate(r, todayKm, nowUtc)))
            .Where(x => x.State.Due is ReminderDue.Overdue or ReminderDue.DueSoon)
            .OrderByDescending(x => x.State.Due)
            .ThenBy(x => x.State.DueDate ?? DateTime.MaxValue)
            .ToList();
        if (states.Count == 0)
            return null;
        var overdue = states.Any(x => x.State.Due == ReminderDue.Overdue);
        var kind = overdue ? NotificationKind.MaintenanceOverdue : NotificationKind.MaintenanceDueSoon;
        var covered = states.Where(x => x.State.Due == (overdue ? ReminderDue.Overdue : ReminderDue.DueSoon));
        var facts = new NudgeFacts
        {
            Due = [.. states.Select(x => new DueItem(x.State.Kind, x.State.Due, x.State.DueDate, x.State.DueKm))],
            CurrentKm = currentKm,
            EstimatedKm = todayKm != currentKm ? todayKm : null,
        };
        return new NudgeCandidate(vehicleId, kind, [.. covered.Select(x => Cycle(x.Reminder))], facts);
    }

    /// <summary>A reminder's current cycle: its id and the last-done values it counts from.</summary>
    public static string Cycle(ReminderRecord r) =>
        $"{r.ReminderId:N}@{r.LastDoneAt?.Ticks.ToString() ?? "-"}/{r.LastDoneKm?.ToString() ?? "-"}";

    /// <summary>The reminder id an item names, when it names one.</summary>
    public static Guid? ReminderOf(string item) =>
        item.Length > 32 && item[32] == '@' && Guid.TryParseExact(item[..32], "N", out var id) ? id : null;
}
