using CarPass.Domain.Notifications;

namespace CarPass.Data.Notifications;

/// <summary>An outbox row this sender holds, with what it needs to decide, render and address it.</summary>
public sealed record ClaimedNudge(
    QueuedNudge Nudge,
    long ChatId,
    string Language,
    string VehicleName,
    OwnerSettings Owner,
    bool StillRelevant
);
