namespace CarPass.Domain.Maintenance;

/// <summary>
/// When time alone next changes a maintenance result: a reminder due by date turns "due soon" at
/// <see cref="ReminderEvaluator.DueSoonWindow"/> before its date and "overdue" on it. The mileage
/// the reminders are judged against moves with the clock as well, once a day while it is carried
/// forward (<see cref="Vehicles.MileageEstimate.NextChange"/>); a result computed at one moment is the
/// result of every later moment before the earlier of the two.
/// </summary>
public static class MaintenanceClock
{
    public static DateTime NextChange(MaintenanceHealthResult result, DateTime nowUtc)
    {
        var next = DateTime.MaxValue;
        foreach (var reminder in result.Reminders)
        {
            if (reminder.DueDate is not { } due)
                continue;
            foreach (var moment in (ReadOnlySpan<DateTime>)[due - ReminderEvaluator.DueSoonWindow, due])
                if (moment > nowUtc && moment < next)
                    next = moment;
        }
        return next;
    }
}
