namespace CarPass.Data.Scores;

/// <summary>What to recompute: listed ids, or everything active when <see cref="All"/> is set.</summary>
public sealed record RecomputeTargets(
    IReadOnlyCollection<Guid> VehicleIds,
    IReadOnlyCollection<Guid> ServiceCenterIds,
    IReadOnlyCollection<Guid> UserIds,
    bool All
);
