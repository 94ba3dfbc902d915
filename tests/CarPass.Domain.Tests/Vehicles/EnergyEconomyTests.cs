using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Vehicles;

public class EnergyEconomyTests
{
    private static double? Average(SnapshotBuilder builder) =>
        EnergyEconomy.AverageKwhPer100Km(builder.Build().ChargingSessions);

    [Fact]
    public void Consumption_is_the_energy_of_the_later_session_over_the_distance_between_two_sessions()
    {
        // 36 kWh to drive 200 km: 18 kWh/100 km.
        var sessions = new SnapshotBuilder().WithCharge(50, 10_000).WithCharge(36, 10_200);

        Assert.Equal(18.0, Average(sessions)!.Value, 6);
    }

    [Fact]
    public void A_single_session_measures_nothing()
    {
        Assert.Null(Average(new SnapshotBuilder().WithCharge(50, 10_000)));
    }

    [Fact]
    public void Sessions_without_an_odometer_carry_their_energy_to_the_next_session_with_one()
    {
        // (12 + 30) kWh over 300 km = 14 kWh/100 km.
        var sessions = new SnapshotBuilder().WithCharge(40, 10_000).WithCharge(12, null).WithCharge(30, 10_300);

        Assert.Equal(14.0, Average(sessions)!.Value, 6);
    }

    [Fact]
    public void Energy_charged_before_the_first_session_with_an_odometer_is_not_attributed()
    {
        var sessions = new SnapshotBuilder().WithCharge(25, null).WithCharge(40, 10_000).WithCharge(15, 10_100);

        Assert.Equal(15.0, Average(sessions)!.Value, 6);
    }

    [Fact]
    public void The_average_weighs_stretches_by_distance()
    {
        // 20 kWh over 100 km and 45 kWh over 300 km: 65 / 400 × 100 = 16.25.
        var sessions = new SnapshotBuilder().WithCharge(30, 5_000).WithCharge(20, 5_100).WithCharge(45, 5_400);

        var stretches = EnergyEconomy.PerSession(sessions.Build().ChargingSessions);

        Assert.Equal([20.0, 15.0], stretches.Select(s => Math.Round(s.PerHundredKm, 6)));
        Assert.Equal(16.25, Average(sessions)!.Value, 6);
    }

    [Fact]
    public void A_stretch_whose_battery_ends_at_a_different_level_is_not_measured_and_starts_a_new_run()
    {
        // 80% then 40% after charging: the second session did not put back what was used.
        var sessions = new SnapshotBuilder()
            .WithCharge(40, 10_000, socAfter: 80)
            .WithCharge(10, 10_200, socAfter: 40)
            .WithCharge(34, 10_400, socAfter: 45);

        var stretches = EnergyEconomy.PerSession(sessions.Build().ChargingSessions);

        Assert.Equal(10_400, Assert.Single(stretches).OdometerKm);
        Assert.Equal(17.0, Average(sessions)!.Value, 6);
    }

    [Fact]
    public void Levels_within_ten_points_count_as_the_same()
    {
        var sessions = new SnapshotBuilder().WithCharge(40, 10_000, socAfter: 80).WithCharge(30, 10_200, socAfter: 90);

        Assert.Equal(15.0, Average(sessions)!.Value, 6);
    }

    [Fact]
    public void Deleted_sessions_and_odometers_going_back_are_ignored()
    {
        var sessions = new SnapshotBuilder()
            .WithCharge(40, 10_000)
            .WithCharge(99, 10_100, deleted: true)
            .WithCharge(20, 9_900)
            .WithCharge(18, 10_000);

        Assert.Equal(18.0, Average(sessions)!.Value, 6);
    }
}
