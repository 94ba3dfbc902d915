using CarPass.Domain.Maintenance;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Notifications;

/// <summary>
/// The maintenance candidate of one vehicle, from the same outlook as the passport's health: overdue
/// (critical, repeating) exactly when the passport is red, else a non-critical notice for anything
/// overdue or due soon; the other due items ride along in the same message. Each item is a
/// reminder's current cycle, so logging the service (a new last-done value) makes the next cycle news again.
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
        var active = reminders.Where(r => r.IsActive).ToList();
        var outlook = MaintenanceOutlook.Of(active, readings, nowUtc);
        var due = active
            .Zip(outlook.Reminders, (reminder, state) => (Reminder: reminder, State: state))
            .Where(x => x.State.Due is ReminderDue.Overdue or ReminderDue.DueSoon)
            .OrderByDescending(x => CriticalMaintenance.IsOverdue(x.State))
            .ThenByDescending(x => x.State.Due)
            .ThenBy(x => x.State.DueDate ?? DateTime.MaxValue)
            .ToList();
        if (due.Count == 0)
            return null;
        var critical = outlook.CriticalOverdue;
        var kind = critical ? NotificationKind.MaintenanceOverdue : NotificationKind.MaintenanceDueSoon;
        var covered = critical ? due.Where(x => CriticalMaintenance.IsOverdue(x.State)) : due;
        var facts = new NudgeFacts
        {
            Due = [.. due.Select(x => new DueItem(x.State.Kind, x.State.Due, x.State.DueDate, x.State.DueKm))],
            CurrentKm = outlook.CurrentKm,
            EstimatedKm = outlook.EstimatedKm != outlook.CurrentKm ? outlook.EstimatedKm : null,
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
