namespace CarPass.Domain.Maintenance;

/// <summary>
/// The kinds whose overdue service puts the car or its engine at risk (docs/SCORING.md, critical
/// maintenance). Only these turn health red and repeat as critical nudges; the rest turn it yellow.
/// </summary>
public static class CriticalMaintenance
{
    public static IReadOnlySet<ServiceKind> Kinds { get; } =
        new HashSet<ServiceKind>
        {
            ServiceKind.EngineOil,
            ServiceKind.BrakePads,
            ServiceKind.BrakeFluid,
            ServiceKind.TimingBelt,
            ServiceKind.Coolant,
            ServiceKind.Tyres,
        };

    public static bool IsCritical(ServiceKind kind) => Kinds.Contains(kind);

    public static bool IsOverdue(ReminderState state) => state.Due == ReminderDue.Overdue && IsCritical(state.Kind);
}
