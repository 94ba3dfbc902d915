namespace CarPass.Domain.Notifications;

/// <summary>
/// What each kind of nudge is (spec section 10): critical kinds may repeat after a cooldown and are
/// not counted against the weekly limit; confirmation requests answer to per-centre mutes, not to
/// the owner's switches, so they are never lost.
/// </summary>
public static class NotificationKinds
{
    public static bool IsCritical(NotificationKind kind) =>
        kind is NotificationKind.MaintenanceOverdue || IsConfirmationRequest(kind);

    public static bool IsConfirmationRequest(NotificationKind kind) =>
        kind
            is NotificationKind.VisitAwaitingConfirmation
                or NotificationKind.DataChangePending
                or NotificationKind.AccessRequestPending;

    /// <summary>When several nudges for one vehicle compete for the weekly slot, the lower number goes first.</summary>
    public static int Priority(NotificationKind kind) =>
        kind switch
        {
            NotificationKind.AccessRequestPending => 0,
            NotificationKind.VisitAwaitingConfirmation => 1,
            NotificationKind.DataChangePending => 2,
            NotificationKind.MaintenanceOverdue => 3,
            NotificationKind.MaintenanceDueSoon => 4,
            NotificationKind.FirstVerifiedService => 5,
            _ => 6,
        };
}
