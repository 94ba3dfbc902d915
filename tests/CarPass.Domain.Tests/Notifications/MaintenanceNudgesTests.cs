using CarPass.Domain.Maintenance;
using CarPass.Domain.Notifications;
using CarPass.Domain.Vehicles;
using static CarPass.Domain.Tests.Notifications.PolicyData;

namespace CarPass.Domain.Tests.Notifications;

public sealed class MaintenanceNudgesTests
{
    private static readonly Guid Oil = Guid.NewGuid();
    private static readonly Guid Filter = Guid.NewGuid();

    private static ReminderRecord Reminder(Guid id, int doneKm, int intervalKm = 10_000) =>
        new(id, ServiceKind.EngineOil, intervalKm, null, null, doneKm);

    private static OdometerRecord Reading(int km, int daysAgo) =>
        new(km, Now.AddDays(-daysAgo), OdometerSource.Owner, true);

    [Fact]
    public void Nothing_due_means_no_nudge() =>
        Assert.Null(MaintenanceNudges.For(Vehicle, [Reminder(Oil, 45_000)], [Reading(50_000, 1)], Now));

    [Fact]
    public void Overdue_wins_and_due_soon_items_ride_along()
    {
        var reminders = new[] { Reminder(Oil, 40_000), Reminder(Filter, 41_000) };

        var candidate = MaintenanceNudges.For(Vehicle, reminders, [Reading(50_500, 1)], Now)!;

        Assert.Equal(NotificationKind.MaintenanceOverdue, candidate.Kind);
        Assert.Equal([MaintenanceNudges.Cycle(reminders[0])], candidate.Items);
        Assert.Equal([ReminderDue.Overdue, ReminderDue.DueSoon], candidate.Facts.Due.Select(d => d.Due));
    }

    [Fact]
    public void Recent_driving_makes_a_reminder_due_before_the_next_reading()
    {
        // Last reading 9,500 km after the service, 50 km/day since: about 10,500 km today.
        var readings = new[] { Reading(46_500, 80), Reading(49_500, 20) };

        var candidate = MaintenanceNudges.For(Vehicle, [Reminder(Oil, 40_000)], readings, Now)!;

        Assert.Equal(NotificationKind.MaintenanceOverdue, candidate.Kind);
        Assert.Equal(49_500, candidate.Facts.CurrentKm);
        Assert.Equal(50_500, candidate.Facts.EstimatedKm);
    }

    [Fact]
    public void Logging_the_service_starts_a_new_cycle()
    {
        var before = MaintenanceNudges.Cycle(Reminder(Oil, 40_000));
        var after = MaintenanceNudges.Cycle(Reminder(Oil, 50_000));

        Assert.NotEqual(before, after);
        Assert.Equal(Oil, MaintenanceNudges.ReminderOf(before));
        Assert.Null(MaintenanceNudges.ReminderOf("m50"));
    }
}
