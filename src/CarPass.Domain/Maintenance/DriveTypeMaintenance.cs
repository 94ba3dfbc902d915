using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Maintenance;

/// <summary>
/// Which maintenance applies to a drive type, with usual intervals (docs/VEHICLE_KNOWLEDGE.md). An
/// electric car has no engine oil, oil or fuel filter, spark plugs or timing belt; its coolant is the
/// battery's, and its tyres wear faster under the weight and torque, so rotation comes sooner. A
/// plug-in hybrid keeps the engine's items and the battery's.
/// </summary>
public static class DriveTypeMaintenance
{
    private static readonly IReadOnlyList<MaintenanceTemplate> Engine =
    [
        new(ServiceKind.EngineOil, 15_000, 12),
        new(ServiceKind.OilFilter, 15_000, 12),
        new(ServiceKind.AirFilter, 30_000, 24),
        new(ServiceKind.SparkPlugs, 60_000, 48),
        new(ServiceKind.FuelFilter, 60_000, 48),
        new(ServiceKind.TimingBelt, 90_000, 72),
    ];

    private static readonly IReadOnlyList<MaintenanceTemplate> Shared =
    [
        new(ServiceKind.CabinFilter, 15_000, 12),
        new(ServiceKind.BrakeFluid, null, 24),
        new(ServiceKind.BrakePads, 30_000, null),
        new(ServiceKind.TransmissionFluid, 60_000, 48),
        new(ServiceKind.Battery, null, 48),
        new(ServiceKind.Inspection, null, 12),
    ];

    private static readonly IReadOnlyList<MaintenanceTemplate> Battery =
    [
        new(ServiceKind.Coolant, 120_000, 60),
        new(ServiceKind.Tyres, 10_000, 12),
    ];

    private static readonly IReadOnlyList<MaintenanceTemplate> Combustion =
    [
        .. Engine,
        .. Shared,
        new(ServiceKind.Coolant, 60_000, 48),
        new(ServiceKind.Tyres, 15_000, 12),
    ];

    private static readonly IReadOnlyList<MaintenanceTemplate> Electric = [.. Shared, .. Battery];

    private static readonly IReadOnlyList<MaintenanceTemplate> PluginHybrid = [.. Engine, .. Shared, .. Battery];

    /// <summary>The templates for a drive type; an unknown one gets the combustion list, the common case.</summary>
    public static IReadOnlyList<MaintenanceTemplate> For(FuelType? fuel) =>
        fuel switch
        {
            FuelType.Electric => Electric,
            FuelType.PluginHybrid => PluginHybrid,
            _ => Combustion,
        };

    /// <summary>Whether maintenance of this kind can apply at all; <see cref="ServiceKind.Other"/> always can.</summary>
    public static bool Applies(FuelType? fuel, ServiceKind kind) =>
        kind == ServiceKind.Other || For(fuel).Any(t => t.Kind == kind);
}
