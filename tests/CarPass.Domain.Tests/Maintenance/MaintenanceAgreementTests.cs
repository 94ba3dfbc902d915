using CarPass.Domain.Maintenance;
using CarPass.Domain.Notifications;
using CarPass.Domain.Scoring;
using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Maintenance;

/// <summary>The passport an overdue nudge opens must say the same thing the nudge does.</summary>
public sealed class MaintenanceAgreementTests
{
    private static readonly DateTime Now = SnapshotBuilder.Now;

    public static TheoryData<SnapshotBuilder> Vehicles() =>
        new()
        {
            // 50 km a day since the last reading carries the car past the oil change's 50,000 km.
            new SnapshotBuilder()
                .WithOdometer(46_500, Now.AddDays(-80))
                .WithOdometer(49_500, Now.AddDays(-20))
                .WithReminder(intervalKm: 10_000, lastDoneKm: 40_000),
            // The same pace, a cabin filter: overdue, but not critical.
            new SnapshotBuilder()
                .WithOdometer(46_500, Now.AddDays(-80))
                .WithOdometer(49_500, Now.AddDays(-20))
                .WithReminder(intervalKm: 10_000, lastDoneKm: 40_000, kind: ServiceKind.CabinFilter),
            new SnapshotBuilder().WithOdometer(50_000).WithReminder(intervalKm: 10_000, lastDoneKm: 40_000),
            new SnapshotBuilder().WithOdometer(50_000).WithReminder(intervalKm: 10_000, lastDoneKm: 49_500),
            new SnapshotBuilder().WithOdometer(50_000).WithReminder(intervalMonths: 6, lastDoneAt: Now.AddMonths(-7)),
        };

    [Theory]
    [MemberData(nameof(Vehicles))]
    public void An_overdue_nudge_comes_exactly_when_the_passport_is_red(SnapshotBuilder vehicle)
    {
        var snapshot = vehicle.Build();

        var nudge = MaintenanceNudges.For(snapshot.VehicleId, snapshot.Reminders, snapshot.OdometerReadings, Now);
        var passport = PassportScorer.Score(snapshot, Now);

        Assert.Equal(
            passport.Maintenance.Status == MaintenanceStatus.Red,
            nudge?.Kind == NotificationKind.MaintenanceOverdue
        );
        var passportDue = passport
            .Maintenance.Reminders.Where(r => r.Due is ReminderDue.Overdue or ReminderDue.DueSoon)
            .Select(r => (r.Kind, r.Due));
        Assert.Equal(passportDue.Order(), (nudge?.Facts.Due.Select(d => (d.Kind, d.Due)) ?? []).Order());
        if (nudge is null)
            Assert.Equal(MaintenanceStatus.Green, passport.Maintenance.Status);
    }

    [Fact]
    public void The_passport_judges_reminders_by_todays_estimated_mileage()
    {
        var snapshot = new SnapshotBuilder()
            .WithOdometer(46_500, Now.AddDays(-80))
            .WithOdometer(49_500, Now.AddDays(-20))
            .WithReminder(intervalKm: 10_000, lastDoneKm: 40_000)
            .Build();

        var health = MaintenanceHealthScorer.Score(snapshot, Now);

        Assert.Equal(MaintenanceStatus.Red, health.Status);
        Assert.Equal(49_500, health.CurrentOdometerKm);
        Assert.Equal(50_500, health.EstimatedOdometerKm);
    }
}
