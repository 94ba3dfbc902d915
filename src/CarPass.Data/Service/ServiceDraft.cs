using CarPass.Domain.Maintenance;

namespace CarPass.Data.Service;

public sealed record ServiceDraft(
    ServiceKind Kind,
    DateTime? PerformedAt = null,
    int? OdometerKm = null,
    string? Note = null,
    long? CostMinor = null,
    string? Currency = null
);
