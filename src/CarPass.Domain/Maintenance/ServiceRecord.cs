namespace CarPass.Domain.Maintenance;

/// <summary>A service the owner reported themselves (not confirmed by a service centre).</summary>
public sealed record ServiceRecord(
    ServiceKind Kind,
    DateTime Date,
    int? OdometerKm,
    DateTime CreatedAt,
    bool IsDeleted = false
);
