using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;
using CarPass.Domain.Tests.TestData;

namespace CarPass.Domain.Tests.Maintenance;

public class MaintenanceClockTests
{
    private static readonly DateTime Now = SnapshotBuilder.Now;

    [Fact]
    public void A_result_holds_until_its_next_change_and_differs_from_that_moment_on()
    {
        var snapshot = new SnapshotBuilder()
            .WithOdometer(50_000)
            .WithReminder(intervalMonths: 12, lastDoneAt: Now.AddMonths(-10))
            .WithReminder(kind: ServiceKind.Coolant, intervalMonths: 24, lastDoneAt: Now.AddMonths(-23).AddDays(-20))
            .Build();
        var moment = Now;
        var changes = 0;

        while (MaintenanceClock.NextChange(Score(snapshot, moment), moment) is var next && next != DateTime.MaxValue)
        {
            var before = Score(snapshot, moment);
            Assert.Equal(Dues(before), Dues(Score(snapshot, next.AddTicks(-1))));
            Assert.NotEqual(Dues(before), Dues(Score(snapshot, next)));
            (moment, changes) = (next, changes + 1);
        }

        Assert.Equal(3, changes);
        Assert.All(Score(snapshot, moment).Reminders, r => Assert.Equal(ReminderDue.Overdue, r.Due));
    }

    [Fact]
    public void Reminders_due_by_mileage_alone_never_change_with_the_clock()
    {
        var snapshot = new SnapshotBuilder().WithOdometer(50_000).WithReminder(intervalKm: 10_000, lastDoneKm: 45_000);

        Assert.Equal(DateTime.MaxValue, MaintenanceClock.NextChange(Score(snapshot.Build(), Now), Now));
    }

    [Fact]
    public void A_moment_already_passed_is_not_a_next_change()
    {
        var snapshot = new SnapshotBuilder()
            .WithOdometer(50_000)
            .WithReminder(intervalMonths: 12, lastDoneAt: Now.AddMonths(-13))
            .Build();

        Assert.Equal(DateTime.MaxValue, MaintenanceClock.NextChange(Score(snapshot, Now), Now));
    }

    private static MaintenanceHealthResult Score(Domain.Vehicles.VehicleSnapshot s, DateTime at) =>
        PassportScorer.Score(s, at).Maintenance;

    private static string Dues(MaintenanceHealthResult r) =>
        $"{r.Score}/{r.Status}/" + string.Join(",", r.Reminders.Select(x => x.Due));
}
