namespace CarPass.Host.Api.Internal;

/// <summary>Body of the internal recompute calls: ids to recompute, or "all": true.</summary>
public sealed record RecomputeRequest(
    IReadOnlyList<Guid>? VehicleIds,
    IReadOnlyList<Guid>? ServiceCenterIds,
    IReadOnlyList<Guid>? UserIds,
    bool All = false
);
