using CarPass.Domain.Scoring;
using CarPass.Domain.Tests.TestData;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Scoring;

public class ElectricContributorTests
{
    private static bool Satisfied(string code, SnapshotBuilder builder) =>
        CompletenessScorer.DefaultContributors.Single(c => c.Code == code).IsSatisfied(builder.Build());

    private static SnapshotBuilder Car(FuelType fuel) =>
        new SnapshotBuilder().WithProfile(new VehicleProfile(FuelType: fuel));

    [Theory]
    [InlineData(FuelType.Electric, true)]
    [InlineData(FuelType.PluginHybrid, true)]
    [InlineData(FuelType.Petrol, false)]
    public void A_charging_session_counts_as_the_fuel_log_only_for_cars_that_plug_in(FuelType fuel, bool satisfied)
    {
        Assert.Equal(satisfied, Satisfied(ContributorCodes.FuelEntry, Car(fuel).WithCharge(30, null)));
    }

    [Fact]
    public void A_deleted_charging_session_does_not_count()
    {
        Assert.False(Satisfied(ContributorCodes.FuelEntry, Car(FuelType.Electric).WithCharge(30, null, deleted: true)));
    }

    [Fact]
    public void A_plug_in_hybrid_earns_the_fuel_log_with_either_log()
    {
        Assert.True(Satisfied(ContributorCodes.FuelEntry, Car(FuelType.PluginHybrid).WithFuel(30, null)));
    }

    [Theory]
    [InlineData(FuelType.Electric, true)]
    [InlineData(FuelType.PluginHybrid, true)]
    [InlineData(FuelType.Diesel, false)]
    public void Measured_energy_consumption_is_a_consumption_baseline_for_cars_that_plug_in(
        FuelType fuel,
        bool satisfied
    )
    {
        var measured = Car(fuel).WithCharge(40, 10_000).WithCharge(30, 10_200);

        Assert.Equal(satisfied, Satisfied(ContributorCodes.ConsumptionBaseline, measured));
    }

    [Fact]
    public void One_charging_session_measures_no_baseline()
    {
        Assert.False(Satisfied(ContributorCodes.ConsumptionBaseline, Car(FuelType.Electric).WithCharge(40, 10_000)));
    }
}
