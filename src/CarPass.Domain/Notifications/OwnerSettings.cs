namespace CarPass.Domain.Notifications;

/// <summary>What the owner chose to hear, when, and whether Telegram still lets us write to them.</summary>
public sealed record OwnerSettings(
    bool MaintenanceDueSoon,
    bool MaintenanceOverdue,
    bool ProfileMilestones,
    bool VerifiedServiceNews,
    int QuietHoursStart,
    int QuietHoursEnd,
    TimeZoneInfo TimeZone,
    bool BlockedBot = false,
    IReadOnlySet<Guid>? MutedCenters = null
)
{
    public static OwnerSettings Default(TimeZoneInfo zone) => new(true, true, true, true, 21, 9, zone);

    /// <summary>
    /// The owner's switch for a kind; confirmation requests have none (they are muted per centre).
    /// An expiring document and the tyre season are reminders ahead of time, like service due soon,
    /// and share its switch; a lapsed document shares the overdue one.
    /// </summary>
    public bool Wants(NotificationKind kind) =>
        kind switch
        {
            NotificationKind.MaintenanceDueSoon or NotificationKind.DocumentExpiring or NotificationKind.TyreSeason =>
                MaintenanceDueSoon,
            NotificationKind.MaintenanceOverdue or NotificationKind.DocumentLapsed => MaintenanceOverdue,
            NotificationKind.ProfileMilestone => ProfileMilestones,
            NotificationKind.FirstVerifiedService => VerifiedServiceNews,
            _ => true,
        };

    public bool Muted(Guid? serviceCenterId) => serviceCenterId is { } id && MutedCenters?.Contains(id) == true;
}
