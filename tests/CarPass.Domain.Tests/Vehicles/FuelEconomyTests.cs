using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Vehicles;

public class FuelEconomyTests
{
    private static double? Average(SnapshotBuilder builder) =>
        FuelEconomy.AverageLPer100Km(builder.Build().FuelEntries);

    [Fact]
    public void Consumption_is_measured_between_two_full_fills()
    {
        var fills = new SnapshotBuilder().WithFuel(40, 10_000).WithFuel(35, 10_500);

        Assert.Equal(7.0, Average(fills)!.Value, 6);
    }

    [Fact]
    public void Partial_fills_carry_their_litres_to_the_next_full_fill()
    {
        var fills = new SnapshotBuilder().WithFuel(40, 10_000).WithFuel(10, 10_200, full: false).WithFuel(25, 10_500);

        Assert.Equal(7.0, Average(fills)!.Value, 6);
    }

    [Fact]
    public void Runs_are_averaged_by_total_litres_over_total_distance()
    {
        var fills = new SnapshotBuilder().WithFuel(40, 10_000).WithFuel(30, 10_500).WithFuel(50, 11_000);

        Assert.Equal(8.0, Average(fills)!.Value, 6);
    }

    [Fact]
    public void Each_full_fill_that_closes_a_stretch_gives_its_own_consumption_and_the_average_weighs_them_by_distance()
    {
        var fills = new SnapshotBuilder()
            .WithFuel(40, 10_000)
            .WithFuel(10, 10_200, full: false)
            .WithFuel(25, 10_500)
            .WithFuel(90, 11_000, missedPrevious: true)
            .WithFuel(36, 11_400);

        var stretches = FuelEconomy.PerFill(fills.Build().FuelEntries);

        Assert.Equal([10_500, 11_400], stretches.Select(s => s.OdometerKm));
        Assert.Equal([7.0, 9.0], stretches.Select(s => Math.Round(s.PerHundredKm, 6)));
        Assert.Equal((35.0 + 36) / 900 * 100, Average(fills)!.Value, 6);
    }

    [Fact]
    public void A_missed_fill_starts_a_new_run()
    {
        var fills = new SnapshotBuilder()
            .WithFuel(40, 10_000)
            .WithFuel(10, 10_200, full: false)
            .WithFuel(90, 11_000, missedPrevious: true)
            .WithFuel(30, 11_500);

        Assert.Equal(6.0, Average(fills)!.Value, 6);
    }

    [Fact]
    public void Partial_fills_before_the_first_full_fill_are_not_attributed()
    {
        var fills = new SnapshotBuilder().WithFuel(20, 9_800, full: false).WithFuel(40, 10_000).WithFuel(35, 10_500);

        Assert.Equal(7.0, Average(fills)!.Value, 6);
    }

    [Fact]
    public void Deleted_fills_are_ignored()
    {
        var fills = new SnapshotBuilder().WithFuel(40, 10_000).WithFuel(99, 10_250, deleted: true).WithFuel(35, 10_500);

        Assert.Equal(7.0, Average(fills)!.Value, 6);
    }

    [Fact]
    public void Fills_are_taken_in_date_order_not_entry_order()
    {
        var fills = new SnapshotBuilder()
            .WithFuel(35, 10_500, date: SnapshotBuilder.Now.AddDays(5))
            .WithFuel(40, 10_000, date: SnapshotBuilder.Now);

        Assert.Equal(7.0, Average(fills)!.Value, 6);
    }

    [Theory]
    [MemberData(nameof(NoCompleteRun))]
    public void No_complete_run_means_no_figure(SnapshotBuilder fills)
    {
        Assert.Null(Average(fills));
    }

    public static TheoryData<SnapshotBuilder> NoCompleteRun() =>
        new()
        {
            new SnapshotBuilder(),
            new SnapshotBuilder().WithFuel(40, 10_000),
            new SnapshotBuilder().WithFuel(40, 10_000).WithFuel(35, 10_500, full: false),
            new SnapshotBuilder().WithFuel(40, 10_000).WithFuel(35, null),
            new SnapshotBuilder().WithFuel(40, null).WithFuel(35, 10_500),
            new SnapshotBuilder().WithFuel(40, 10_000).WithFuel(35, 10_500, missedPrevious: true),
        };
}
