using CarPass.Domain.Notifications;

namespace CarPass.Data.Notifications;

/// <summary>Everything the policy needs about one owned vehicle in a sweep.</summary>
public sealed record VehicleSweepInput(
    Guid VehicleId,
    Guid OwnerId,
    OwnerSettings Owner,
    IReadOnlyList<NudgeCandidate> Candidates,
    IReadOnlyList<PastNudge> History
);
