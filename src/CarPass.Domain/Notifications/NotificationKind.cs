namespace CarPass.Domain.Notifications;

/// <summary>Spec section 10: the only reasons CarPass writes to an owner unprompted.</summary>
public enum NotificationKind
{
    MaintenanceDueSoon,
    MaintenanceOverdue,
    VisitAwaitingConfirmation,
    DataChangePending,
    AccessRequestPending,
    ProfileMilestone,
    FirstVerifiedService,
    DocumentExpiring,
    DocumentLapsed,
    TyreSeason,
}
