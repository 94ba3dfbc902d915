using CarPass.Domain.Notifications;

namespace CarPass.Data.Notifications;

/// <summary>An outbox row as the sender reads it.</summary>
public sealed record QueuedNudge(
    Guid Id,
    Guid UserId,
    Guid VehicleId,
    NotificationKind Kind,
    NudgePayload Payload,
    int Attempts = 1
);
