using CarPass.Domain.Achievements;
using CarPass.Domain.Owners;
using CarPass.Domain.Scoring;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.Achievements;

public class AchievementEvaluatorTests
{
    private static readonly DateTime Now = SnapshotBuilder.Now;

    private static IReadOnlyList<string> EarnedBy(
        SnapshotBuilder builder,
        IEnumerable<AchievementDefinition>? catalogue = null
    )
    {
        var snapshot = builder.Build();
        return AchievementEvaluator.ForVehicle(
            catalogue ?? AchievementCatalogue.Default,
            snapshot,
            PassportScorer.Score(snapshot, Now)
        );
    }

    [Fact]
    public void A_complete_verified_vehicle_earns_every_vehicle_achievement()
    {
        var vehicle = new SnapshotBuilder()
            .WithProfile(SnapshotBuilder.FullProfile)
            .WithOdometer(50_000)
            .WithFuel(40, 50_000)
            .WithVisit(VisitStatus.Confirmed)
            .WithReminder(intervalKm: 10_000, lastDoneKm: 45_000);

        Assert.Equal(
            [
                AchievementCodes.FullVehicleProfile,
                AchievementCodes.VinConfirmed,
                AchievementCodes.FuelLogStarted,
                AchievementCodes.MaintenanceBaseline,
                AchievementCodes.FirstVerifiedService,
                AchievementCodes.VerifiedHistory,
            ],
            EarnedBy(vehicle)
        );
    }

    [Fact]
    public void A_new_vehicle_earns_nothing()
    {
        Assert.Empty(EarnedBy(new SnapshotBuilder()));
    }

    public static TheoryData<SnapshotBuilder> NothingTrusted() =>
        new()
        {
            new SnapshotBuilder().WithVisit(VisitStatus.Disputed),
            new SnapshotBuilder().WithVisit(VisitStatus.PendingConfirmation),
            new SnapshotBuilder().WithVisit(VisitStatus.Rejected),
            new SnapshotBuilder().WithVisit(VisitStatus.Confirmed, centerVerified: false),
            new SnapshotBuilder().WithService(),
        };

    [Theory]
    [MemberData(nameof(NothingTrusted))]
    public void Disputed_pending_or_unverified_visits_never_earn_verified_service(SnapshotBuilder vehicle)
    {
        var earned = EarnedBy(vehicle);

        Assert.DoesNotContain(AchievementCodes.FirstVerifiedService, earned);
        Assert.DoesNotContain(AchievementCodes.VerifiedHistory, earned);
    }

    [Fact]
    public void An_unresolved_dispute_withholds_verified_history_but_not_the_first_verified_service()
    {
        var vehicle = new SnapshotBuilder().WithVisit(VisitStatus.Confirmed, unresolvedDispute: true);

        var earned = EarnedBy(vehicle);

        Assert.Contains(AchievementCodes.FirstVerifiedService, earned);
        Assert.DoesNotContain(AchievementCodes.VerifiedHistory, earned);
    }

    [Fact]
    public void Deleted_fuel_entries_never_start_the_fuel_log()
    {
        Assert.DoesNotContain(
            AchievementCodes.FuelLogStarted,
            EarnedBy(new SnapshotBuilder().WithFuel(40, 1_000, deleted: true))
        );
        Assert.Contains(AchievementCodes.FuelLogStarted, EarnedBy(new SnapshotBuilder().WithFuel(40, 1_000)));
    }

    [Theory]
    [InlineData("1M8GDM9AXKP042788", true)]
    [InlineData("1M8GDM9A1KP042788", false)]
    [InlineData(null, false)]
    public void Vin_confirmed_needs_a_valid_vin(string? vin, bool expected)
    {
        var earned = EarnedBy(new SnapshotBuilder().WithProfile(new VehicleProfile(Vin: vin)));

        Assert.Equal(expected, earned.Contains(AchievementCodes.VinConfirmed));
    }

    public static TheoryData<SnapshotBuilder, bool> BaselineCases() =>
        new()
        {
            { new SnapshotBuilder().WithOdometer(50_000).WithReminder(10_000, lastDoneKm: 45_000), true },
            { new SnapshotBuilder().WithOdometer(50_000).WithReminder(intervalMonths: 12, lastDoneAt: Now), true },
            { new SnapshotBuilder().WithReminder(intervalMonths: 12, lastDoneAt: Now), false },
            { new SnapshotBuilder().WithOdometer(50_000), false },
            {
                new SnapshotBuilder()
                    .WithOdometer(50_000)
                    .WithReminder(10_000, lastDoneKm: 45_000)
                    .WithReminder(intervalKm: 30_000),
                false
            },
        };

    [Theory]
    [MemberData(nameof(BaselineCases))]
    public void Maintenance_baseline_needs_every_active_reminder_to_have_a_starting_point_and_a_trusted_mileage(
        SnapshotBuilder vehicle,
        bool expected
    )
    {
        Assert.Equal(expected, EarnedBy(vehicle).Contains(AchievementCodes.MaintenanceBaseline));
    }

    [Fact]
    public void Inactive_definitions_unknown_criteria_and_other_scopes_are_skipped()
    {
        var catalogue = new[]
        {
            new AchievementDefinition("fuel_a", AchievementScope.Vehicle, AchievementCriteria.FuelLogged, "⛽", "fuel"),
            new AchievementDefinition(
                "fuel_b",
                AchievementScope.Vehicle,
                AchievementCriteria.FuelLogged,
                "⛽",
                "fuel",
                IsActive: false
            ),
            new AchievementDefinition("future", AchievementScope.Vehicle, "obd_connected", "🔌", "obd"),
            new AchievementDefinition("fuel_user", AchievementScope.User, AchievementCriteria.FuelLogged, "⛽", "fuel"),
        };

        Assert.Equal(["fuel_a"], EarnedBy(new SnapshotBuilder().WithFuel(40, 1_000), catalogue));
    }

    [Theory]
    [InlineData(true, new[] { AchievementCodes.CompleteGarage })]
    [InlineData(false, new string[0])]
    public void Complete_garage_follows_the_owner_result(bool complete, string[] expected)
    {
        var owner = new OwnerLevelResult(80, complete, 2, 3, 6);

        Assert.Equal(expected, AchievementEvaluator.ForUser(AchievementCatalogue.Default, owner));
    }

    [Theory]
    [InlineData(VerificationStatus.Verified, true)]
    [InlineData(VerificationStatus.Unverified, false)]
    [InlineData(VerificationStatus.Rejected, false)]
    public void Verified_service_centre_needs_verified_status(VerificationStatus verification, bool expected)
    {
        var centre = new ServiceCenterSnapshot(Guid.NewGuid(), verification, 0, 0, 0, 0, 0, 0, 1, 0, 0);

        var earned = AchievementEvaluator.ForServiceCenter(
            AchievementCatalogue.Default,
            centre,
            TrustScorer.Score(centre)
        );

        Assert.Equal(expected, earned.Contains(AchievementCodes.VerifiedServiceCenter));
    }
}
