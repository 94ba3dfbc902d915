namespace CarPass.Domain.Maintenance;

/// <summary>A usual maintenance interval: whichever of the kilometres or the months comes first.</summary>
public sealed record MaintenanceTemplate(ServiceKind Kind, int? EveryKm, int? EveryMonths);
