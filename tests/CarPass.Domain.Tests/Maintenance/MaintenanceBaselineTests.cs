using CarPass.Domain.Achievements;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Owners;
using CarPass.Domain.Scoring;
using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.Maintenance;

/// <summary>The health widget, Complete Garage and the maintenance_baseline badge read one baseline.</summary>
public sealed class MaintenanceBaselineTests
{
    private static readonly DateTime Now = SnapshotBuilder.Now;

    private static SnapshotBuilder Identified() => new SnapshotBuilder().WithProfile(SnapshotBuilder.FullProfile);

    public static TheoryData<SnapshotBuilder, bool> Vehicles() =>
        new()
        {
            { Identified().WithOdometer(50_000).WithReminder(intervalKm: 10_000, lastDoneKm: 45_000), true },
            { Identified().WithOdometer(50_000).WithReminder(intervalMonths: 12, lastDoneAt: Now), true },
            { Identified().WithReminder(intervalMonths: 12, lastDoneAt: Now), false },
            { Identified().WithOdometer(50_000).WithService(), false },
            { Identified().WithOdometer(50_000).WithVisit(VisitStatus.Confirmed), false },
            {
                Identified()
                    .WithOdometer(50_000)
                    .WithReminder(intervalKm: 10_000, lastDoneKm: 45_000)
                    .WithReminder(intervalKm: 30_000, kind: ServiceKind.TimingBelt),
                false
            },
        };

    [Theory]
    [MemberData(nameof(Vehicles))]
    public void Health_complete_garage_and_the_badge_agree_on_the_baseline(SnapshotBuilder vehicle, bool complete)
    {
        var snapshot = vehicle.Build();
        var passport = PassportScorer.Score(snapshot, Now);

        var badge = AchievementEvaluator
            .ForVehicle(AchievementCatalogue.Default, snapshot, passport)
            .Contains(AchievementCodes.MaintenanceBaseline);
        var garage = OwnerLevelCalculator.Compute([(snapshot, passport)], Now).CompleteGarage;

        Assert.Equal(complete, !passport.Maintenance.BaselineIncomplete);
        Assert.Equal(complete, badge);
        Assert.Equal(complete, garage);
    }
}
