using CarPass.Domain.Maintenance;
using CarPass.Domain.Tests.TestData;

namespace CarPass.Domain.Tests.Maintenance;

public class ReminderEvaluatorTests
{
    private static readonly DateTime Now = SnapshotBuilder.Now;
    private const int ThirtyDays = 30 * 24 * 60 * 60;

    private static ReminderRecord Reminder(
        int? intervalKm = null,
        int? intervalMonths = null,
        DateTime? lastDoneAt = null,
        int? lastDoneKm = null
    ) => new(Guid.NewGuid(), ServiceKind.EngineOil, intervalKm, intervalMonths, lastDoneAt, lastDoneKm);

    [Theory]
    [InlineData(-1, ReminderDue.Overdue)]
    [InlineData(0, ReminderDue.Overdue)]
    [InlineData(1, ReminderDue.DueSoon)]
    [InlineData(ThirtyDays, ReminderDue.DueSoon)]
    [InlineData(ThirtyDays + 1, ReminderDue.Ok)]
    public void Date_reminders_are_overdue_from_the_due_moment_and_due_soon_thirty_days_before(
        int secondsUntilDue,
        ReminderDue expected
    )
    {
        var dueDate = Now.AddSeconds(secondsUntilDue);
        var reminder = Reminder(intervalMonths: 12, lastDoneAt: dueDate.AddMonths(-12));

        var state = ReminderEvaluator.Evaluate(reminder, currentKm: null, Now);

        Assert.Equal(dueDate, state.DueDate);
        Assert.Equal(expected, state.Due);
    }

    [Theory]
    [InlineData(51_000, ReminderDue.Overdue)]
    [InlineData(50_000, ReminderDue.Overdue)]
    [InlineData(49_999, ReminderDue.DueSoon)]
    [InlineData(49_000, ReminderDue.DueSoon)]
    [InlineData(48_999, ReminderDue.Ok)]
    public void Mileage_reminders_are_overdue_at_the_due_km_and_due_soon_a_thousand_km_before(
        int currentKm,
        ReminderDue expected
    )
    {
        var reminder = Reminder(intervalKm: 10_000, lastDoneKm: 40_000);

        var state = ReminderEvaluator.Evaluate(reminder, currentKm, Now);

        Assert.Equal(50_000, state.DueKm);
        Assert.Equal(expected, state.Due);
    }

    [Theory]
    [InlineData(100, 50_000, ReminderDue.Overdue)]
    [InlineData(-1, 40_000, ReminderDue.Overdue)]
    [InlineData(10, 40_000, ReminderDue.DueSoon)]
    [InlineData(100, 49_500, ReminderDue.DueSoon)]
    [InlineData(100, 40_000, ReminderDue.Ok)]
    public void Whichever_of_date_and_mileage_comes_first_decides(
        int daysUntilDueDate,
        int currentKm,
        ReminderDue expected
    )
    {
        var reminder = Reminder(
            intervalKm: 10_000,
            intervalMonths: 12,
            lastDoneAt: Now.AddDays(daysUntilDueDate).AddMonths(-12),
            lastDoneKm: 40_000
        );

        Assert.Equal(expected, ReminderEvaluator.Evaluate(reminder, currentKm, Now).Due);
    }

    [Fact]
    public void A_reminder_never_done_is_unknown()
    {
        var state = ReminderEvaluator.Evaluate(Reminder(intervalKm: 10_000, intervalMonths: 12), 40_000, Now);

        Assert.Equal(ReminderDue.Unknown, state.Due);
        Assert.Null(state.DueDate);
        Assert.Null(state.DueKm);
    }

    [Fact]
    public void A_mileage_reminder_without_a_current_reading_is_unknown()
    {
        var state = ReminderEvaluator.Evaluate(Reminder(intervalKm: 10_000, lastDoneKm: 40_000), null, Now);

        Assert.Equal(ReminderDue.Unknown, state.Due);
        Assert.Equal(50_000, state.DueKm);
    }

    [Fact]
    public void A_last_done_date_without_a_month_interval_is_unknown()
    {
        var state = ReminderEvaluator.Evaluate(Reminder(intervalKm: 10_000, lastDoneAt: Now), 40_000, Now);

        Assert.Equal(ReminderDue.Unknown, state.Due);
    }

    [Fact]
    public void Due_date_adds_calendar_months()
    {
        var lastDone = new DateTime(2025, 1, 31, 0, 0, 0, DateTimeKind.Utc);

        var state = ReminderEvaluator.Evaluate(Reminder(intervalMonths: 1, lastDoneAt: lastDone), null, lastDone);

        Assert.Equal(new DateTime(2025, 2, 28, 0, 0, 0, DateTimeKind.Utc), state.DueDate);
    }
}
