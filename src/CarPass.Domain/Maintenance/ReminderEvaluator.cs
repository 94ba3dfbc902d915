namespace CarPass.Domain.Maintenance;

/// <summary>
/// When one reminder falls due: by date or by mileage, whichever comes first (docs/SCORING.md,
/// maintenance health). Exactly at the due date or mileage counts as overdue.
/// </summary>
public static class ReminderEvaluator
{
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromDays(30);
    public const int DueSoonWindowKm = 1_000;

    public static ReminderState Evaluate(ReminderRecord reminder, int? currentKm, DateTime nowUtc)
    {
        var dueDate = reminder is { LastDoneAt: { } doneAt, IntervalMonths: { } months }
            ? doneAt.AddMonths(months)
            : (DateTime?)null;
        var dueKm = reminder is { LastDoneKm: { } doneKm, IntervalKm: { } intervalKm }
            ? doneKm + intervalKm
            : (int?)null;
        return new ReminderState(
            reminder.ReminderId,
            reminder.Kind,
            DueFor(dueDate, dueKm, currentKm, nowUtc),
            dueDate,
            dueKm
        );
    }

    private static ReminderDue DueFor(DateTime? dueDate, int? dueKm, int? currentKm, DateTime nowUtc)
    {
        var mileageKnown = dueKm is not null && currentKm is not null;
        // Never done, or nothing to measure against: there is no starting point to count from.
        if (dueDate is null && !mileageKnown)
        {
            return ReminderDue.Unknown;
        }
        if (nowUtc >= dueDate || (mileageKnown && currentKm >= dueKm))
        {
            return ReminderDue.Overdue;
        }
        if (nowUtc >= dueDate - DueSoonWindow || (mileageKnown && currentKm >= dueKm - DueSoonWindowKm))
        {
            return ReminderDue.DueSoon;
        }
        return ReminderDue.Ok;
    }
}
