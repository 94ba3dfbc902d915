using CarPass.Domain.Maintenance;
using CarPass.Domain.Tests.TestData;

namespace CarPass.Domain.Tests.Maintenance;

public class MaintenanceHealthScorerTests
{
    private static readonly DateTime Now = SnapshotBuilder.Now;

    private static SnapshotBuilder Vehicle(int? currentKm = 50_000)
    {
        var builder = new SnapshotBuilder();
        return currentKm is { } km ? builder.WithOdometer(km) : builder;
    }

    private static SnapshotBuilder Ok(SnapshotBuilder b) => b.WithReminder(intervalKm: 15_000, lastDoneKm: 45_000);

    private static SnapshotBuilder DueSoon(SnapshotBuilder b) => b.WithReminder(intervalKm: 5_500, lastDoneKm: 45_000);

    private static SnapshotBuilder Overdue(SnapshotBuilder b) => b.WithReminder(intervalKm: 5_000, lastDoneKm: 45_000);

    private static SnapshotBuilder Unknown(SnapshotBuilder b) => b.WithReminder(intervalKm: 5_000);

    public static TheoryData<SnapshotBuilder, MaintenanceStatus, int, bool> Cases() =>
        new()
        {
            { Ok(Vehicle()), MaintenanceStatus.Green, 100, false },
            { Vehicle(), MaintenanceStatus.Yellow, 80, true },
            {
                Vehicle(currentKm: null).WithReminder(intervalMonths: 12, lastDoneAt: Now),
                MaintenanceStatus.Yellow,
                80,
                true
            },
            { Unknown(Ok(Vehicle())), MaintenanceStatus.Yellow, 80, true },
            { DueSoon(Ok(Vehicle())), MaintenanceStatus.Yellow, 85, false },
            { DueSoon(DueSoon(Vehicle())), MaintenanceStatus.Yellow, 70, false },
            { Overdue(DueSoon(Vehicle())), MaintenanceStatus.Red, 50, false },
            { Overdue(Unknown(Vehicle())), MaintenanceStatus.Red, 45, true },
            { Overdue(Overdue(Overdue(Vehicle()))), MaintenanceStatus.Red, 0, false },
            {
                Vehicle().WithReminder(intervalKm: 5_000, lastDoneKm: 45_000, kind: ServiceKind.CabinFilter),
                MaintenanceStatus.Yellow,
                65,
                false
            },
            {
                Vehicle().WithReminder(intervalKm: 5_000, lastDoneKm: 45_000, kind: ServiceKind.BrakeFluid),
                MaintenanceStatus.Red,
                65,
                false
            },
        };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Health_is_red_when_critical_work_is_overdue_and_yellow_when_other_work_is_due_or_the_baseline_incomplete(
        SnapshotBuilder vehicle,
        MaintenanceStatus expectedStatus,
        int expectedScore,
        bool expectedIncomplete
    )
    {
        var result = MaintenanceHealthScorer.Score(vehicle.Build(), Now);

        Assert.Equal(expectedStatus, result.Status);
        Assert.Equal(expectedScore, result.Score);
        Assert.Equal(expectedIncomplete, result.BaselineIncomplete);
    }

    [Fact]
    public void Inactive_reminders_are_ignored()
    {
        var snapshot = Ok(Vehicle()).WithReminder(intervalKm: 1_000, lastDoneKm: 1_000, active: false).Build();

        var result = MaintenanceHealthScorer.Score(snapshot, Now);

        Assert.Equal(MaintenanceStatus.Green, result.Status);
        Assert.Single(result.Reminders);
    }

    [Fact]
    public void Current_mileage_is_the_highest_trusted_reading()
    {
        var snapshot = Ok(Vehicle(50_000))
            .WithOdometer(49_000, Now.AddDays(1))
            .WithOdometer(70_000, trusted: false)
            .Build();

        var result = MaintenanceHealthScorer.Score(snapshot, Now);

        Assert.Equal(50_000, result.CurrentOdometerKm);
        Assert.Equal(ReminderDue.Ok, Assert.Single(result.Reminders).Due);
    }
}
