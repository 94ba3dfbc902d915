using CarPass.Domain.Maintenance;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Tests.Maintenance;

public class DriveTypeMaintenanceTests
{
    private static IEnumerable<ServiceKind> Kinds(FuelType? fuel) => DriveTypeMaintenance.For(fuel).Select(t => t.Kind);

    [Theory]
    [InlineData(ServiceKind.EngineOil)]
    [InlineData(ServiceKind.OilFilter)]
    [InlineData(ServiceKind.SparkPlugs)]
    [InlineData(ServiceKind.FuelFilter)]
    [InlineData(ServiceKind.TimingBelt)]
    public void An_electric_car_has_no_engine_maintenance(ServiceKind kind)
    {
        Assert.DoesNotContain(kind, Kinds(FuelType.Electric));
        Assert.False(DriveTypeMaintenance.Applies(FuelType.Electric, kind));
    }

    [Theory]
    [InlineData(ServiceKind.CabinFilter)]
    [InlineData(ServiceKind.BrakeFluid)]
    [InlineData(ServiceKind.Coolant)]
    [InlineData(ServiceKind.Tyres)]
    public void An_electric_car_keeps_cabin_filter_brake_fluid_battery_coolant_and_tyre_rotation(ServiceKind kind)
    {
        Assert.Contains(kind, Kinds(FuelType.Electric));
    }

    [Fact]
    public void A_plug_in_hybrid_keeps_the_engine_items_and_the_battery_coolant_interval()
    {
        var hybrid = DriveTypeMaintenance.For(FuelType.PluginHybrid);

        Assert.Contains(hybrid, t => t.Kind == ServiceKind.EngineOil);
        Assert.Contains(hybrid, t => t.Kind == ServiceKind.SparkPlugs);
        Assert.Equal(120_000, Assert.Single(hybrid, t => t.Kind == ServiceKind.Coolant).EveryKm);
    }

    [Fact]
    public void An_unknown_drive_type_gets_the_combustion_list_and_other_always_applies()
    {
        Assert.Equal(Kinds(FuelType.Petrol), Kinds(null));
        Assert.True(DriveTypeMaintenance.Applies(FuelType.Electric, ServiceKind.Other));
    }

    [Theory]
    [InlineData(FuelType.Petrol)]
    [InlineData(FuelType.Electric)]
    [InlineData(FuelType.PluginHybrid)]
    public void Every_template_names_each_kind_once_and_has_an_interval(FuelType fuel)
    {
        var templates = DriveTypeMaintenance.For(fuel);

        Assert.Equal(templates.Count, templates.Select(t => t.Kind).Distinct().Count());
        Assert.All(templates, t => Assert.True(t.EveryKm > 0 || t.EveryMonths > 0));
    }
}
