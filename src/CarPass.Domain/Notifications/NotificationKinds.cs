namespace CarPass.Domain.Notifications;

/// <summary>
/// What each kind of nudge is (spec section 10): only overdue maintenance is critical and may repeat
/// after a cooldown. Confirmation requests are neither critical nor engagement: told at once (quiet
/// hours allowing), reminded at most once, outside the weekly limit, muted per centre rather than by
/// the owner's switches. A lapsed document is critical too: driving without a valid compulsory
/// policy is an offence, so its notice is not held back by the weekly slot and repeats like overdue
/// maintenance (see docs/NOTIFICATIONS.md).
/// </summary>
public static class NotificationKinds
{
    public static bool IsCritical(NotificationKind kind) =>
        kind is NotificationKind.MaintenanceOverdue or NotificationKind.DocumentLapsed;

    /// <summary>The kinds that share the one-per-week slot: neither critical nor a request someone is waiting on.</summary>
    public static bool CountsAgainstWeeklySlot(NotificationKind kind) =>
        !IsCritical(kind) && !IsConfirmationRequest(kind);

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
            NotificationKind.MaintenanceOverdue or NotificationKind.DocumentLapsed => 3,
            NotificationKind.MaintenanceDueSoon or NotificationKind.DocumentExpiring => 4,
            NotificationKind.TyreSeason or NotificationKind.FirstVerifiedService => 5,
            _ => 6,
        };
}
