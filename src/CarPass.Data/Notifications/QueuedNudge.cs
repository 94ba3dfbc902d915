using CarPass.Domain.Notifications;

namespace CarPass.Data.Notifications;

/// <summary>An outbox row as the sender reads it; <see cref="Repeat"/> 0 is the first nudge about its items.</summary>
public sealed record QueuedNudge(
    Guid Id,
    Guid UserId,
    Guid VehicleId,
    NotificationKind Kind,
    NudgePayload Payload,
    int Attempts = 1,
    int Repeat = 0
);
