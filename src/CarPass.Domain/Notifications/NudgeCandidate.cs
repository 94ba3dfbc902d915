namespace CarPass.Domain.Notifications;

/// <summary>
/// Something the owner could be told about now. <see cref="Items"/> name what it covers (a
/// reminder's current cycle, a visit, a milestone): an item already covered by an earlier nudge of
/// the same kind is not news, which is what makes a sweep safe to run again.
/// </summary>
public sealed record NudgeCandidate(
    Guid VehicleId,
    NotificationKind Kind,
    IReadOnlyList<string> Items,
    NudgeFacts Facts,
    Guid? ServiceCenterId = null,
    DateTime? WaitingSince = null
);
