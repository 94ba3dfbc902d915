using CarPass.Domain.Notifications;

namespace CarPass.Data.Notifications;

/// <summary>A request waiting for the owner, and who made it (the owner's own requests are not nudged about).</summary>
public sealed record PendingCandidate(Guid VehicleId, Guid RequestedBy, NudgeCandidate Candidate);
