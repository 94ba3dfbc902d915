namespace CarPass.Data.Users;

/// <summary>
/// What an owner chose to hear about. Confirmation requests (visits, access, data changes) are not
/// here on purpose: they can only be muted per service centre, never lost.
/// </summary>
public sealed class NotificationPreferences
{
    public bool MaintenanceDueSoon { get; set; } = true;
    public bool MaintenanceOverdue { get; set; } = true;
    public bool ProfileMilestones { get; set; } = true;
    public bool VerifiedServiceNews { get; set; } = true;
    public int QuietHoursStart { get; set; } = 21;
    public int QuietHoursEnd { get; set; } = 9;
}
