using System.Globalization;
using CarPass.Domain.Owners;
using CarPass.Domain.Scoring;
using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Tests.Owners;

public class OwnerLevelCalculatorTests
{
    private static readonly DateTime Now = SnapshotBuilder.Now;

    private static OwnerLevelResult Compute(params VehicleSnapshot[] vehicles) =>
        OwnerLevelCalculator.Compute([.. vehicles.Select(v => (v, PassportScorer.Score(v, Now)))], Now);

    private static SnapshotBuilder CompleteVehicle() =>
        new SnapshotBuilder()
            .WithProfile(new VehicleProfile(Vin: SnapshotBuilder.ValidVin))
            .WithOdometer(50_000)
            .WithReminder(intervalKm: 10_000, lastDoneKm: 45_000);

    [Fact]
    public void An_empty_garage_has_no_quality_and_is_not_complete()
    {
        var result = Compute();

        Assert.Equal(new OwnerLevelResult(0, false, 0, 0, 6), result);
    }

    [Fact]
    public void Garage_quality_is_the_rounded_average_completeness()
    {
        var vehicles = new[] { new SnapshotBuilder().Build(), new SnapshotBuilder().Build() };
        var passports = new[] { WithCompleteness(vehicles[0], 95), WithCompleteness(vehicles[1], 50) };

        var result = OwnerLevelCalculator.Compute([.. vehicles.Zip(passports)], Now);

        Assert.Equal(73, result.GarageQuality);
        Assert.Equal(2, result.ActiveVehicles);
    }

    public static TheoryData<SnapshotBuilder, bool> GarageCases() =>
        new()
        {
            { CompleteVehicle(), true },
            { CompleteVehicle().WithProfile(new VehicleProfile(PlateNumber: "А123ВС77", PlateCountry: "RU")), true },
            { CompleteVehicle().WithProfile(new VehicleProfile(Make: "Skoda")), false },
            {
                new SnapshotBuilder().WithProfile(SnapshotBuilder.FullProfile).WithReminder(10_000, lastDoneKm: 1),
                false
            },
            { new SnapshotBuilder().WithProfile(SnapshotBuilder.FullProfile).WithOdometer(50_000), false },
            {
                new SnapshotBuilder().WithProfile(SnapshotBuilder.FullProfile).WithOdometer(50_000).WithService(),
                false
            },
            { new SnapshotBuilder().WithProfile(SnapshotBuilder.FullProfile).WithOdometer(50_000).WithVisit(), false },
            {
                new SnapshotBuilder()
                    .WithProfile(SnapshotBuilder.FullProfile)
                    .WithOdometer(50_000)
                    .WithService(deleted: true),
                false
            },
            {
                new SnapshotBuilder()
                    .WithProfile(SnapshotBuilder.FullProfile)
                    .WithOdometer(50_000)
                    .WithVisit(VisitStatus.PendingConfirmation),
                false
            },
            {
                new SnapshotBuilder()
                    .WithProfile(SnapshotBuilder.FullProfile)
                    .WithOdometer(50_000)
                    .WithReminder(10_000, lastDoneKm: 45_000, active: false),
                false
            },
        };

    [Theory]
    [MemberData(nameof(GarageCases))]
    public void Complete_garage_needs_identity_mileage_and_a_maintenance_baseline(
        SnapshotBuilder vehicle,
        bool expected
    )
    {
        Assert.Equal(expected, Compute(vehicle.Build()).CompleteGarage);
    }

    [Fact]
    public void One_incomplete_vehicle_keeps_the_garage_incomplete()
    {
        var result = Compute(CompleteVehicle().Build(), new SnapshotBuilder().Build());

        Assert.False(result.CompleteGarage);
    }

    [Theory]
    [InlineData("2025-06-30T23:59:59", true)]
    [InlineData("2025-06-01T00:00:00", true)]
    [InlineData("2025-01-01T00:00:00", true)]
    [InlineData("2024-12-31T23:59:59", false)]
    [InlineData("2025-07-01T00:00:00", false)]
    public void Consistency_counts_the_current_month_and_the_five_before(string recordDate, bool counted)
    {
        var date = DateTime.Parse(
            recordDate,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal
        );
        var vehicle = new SnapshotBuilder().WithFuel(40, 50_000, date: date).Build();

        Assert.Equal(counted ? 1 : 0, Compute(vehicle).MonthsWithRecords);
    }

    [Fact]
    public void Consistency_counts_months_with_any_record_across_the_garage()
    {
        var first = new SnapshotBuilder()
            .WithFuel(40, 50_000, date: Now)
            .WithService(date: new DateTime(2025, 5, 31, 0, 0, 0, DateTimeKind.Utc))
            .WithOdometer(49_000, new DateTime(2025, 1, 10, 0, 0, 0, DateTimeKind.Utc))
            .WithFuel(40, 48_000, date: new DateTime(2025, 3, 5, 0, 0, 0, DateTimeKind.Utc), deleted: true)
            .WithOdometer(48_000, new DateTime(2025, 2, 5, 0, 0, 0, DateTimeKind.Utc), trusted: false)
            .Build();
        var second = new SnapshotBuilder()
            .WithFuel(30, 20_000, date: Now.AddDays(-3))
            .WithVisit(VisitStatus.Confirmed, date: new DateTime(2025, 4, 2, 0, 0, 0, DateTimeKind.Utc))
            .WithVisit(VisitStatus.PendingConfirmation, date: new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc))
            .Build();

        var result = Compute(first, second);

        Assert.Equal(4, result.MonthsWithRecords);
        Assert.Equal(6, result.MonthsConsidered);
    }

    [Fact]
    public void Evidence_kept_from_one_moment_gives_the_level_of_any_later_moment()
    {
        var vehicles = new[]
        {
            CompleteVehicle().WithFuel(40, 50_000, date: Now.AddMonths(-4)).WithService(date: Now.AddDays(-2)).Build(),
            new SnapshotBuilder().WithFuel(30, 20_000, date: Now.AddMonths(-1)).Build(),
        };
        var passports = vehicles.Select(v => PassportScorer.Score(v, Now)).ToList();
        var kept = vehicles.Zip(passports, OwnerEvidence.Of).ToList();

        foreach (var months in new[] { 0, 1, 3, 5, 6, 12 })
        {
            var later = Now.AddMonths(months);
            Assert.Equal(
                OwnerLevelCalculator.Compute([.. vehicles.Select(v => (v, PassportScorer.Score(v, later)))], later),
                OwnerLevelCalculator.Compute(kept, later)
            );
        }
    }

    private static PassportResult WithCompleteness(VehicleSnapshot vehicle, int score) =>
        PassportScorer.Score(vehicle, Now) with
        {
            Completeness = new CompletenessResult(score, ProfileQualityBands.For(score), []),
        };
}
