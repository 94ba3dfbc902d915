using CarPass.Data.Users;

namespace CarPass.Bot.Flows.Settings;

/// <summary>The four switches of /settings over the stored preferences, and a copy to change.</summary>
public static class NotificationToggles
{
    public static readonly string[] All = ["due_soon", "overdue", "milestones", "verified"];

    public static bool IsOn(NotificationPreferences n, string toggle) =>
        toggle switch
        {
            "due_soon" => n.MaintenanceDueSoon,
            "overdue" => n.MaintenanceOverdue,
            "milestones" => n.ProfileMilestones,
            _ => n.VerifiedServiceNews,
        };

    public static void Flip(NotificationPreferences n, string toggle)
    {
        switch (toggle)
        {
            case "due_soon":
                n.MaintenanceDueSoon = !n.MaintenanceDueSoon;
                break;
            case "overdue":
                n.MaintenanceOverdue = !n.MaintenanceOverdue;
                break;
            case "milestones":
                n.ProfileMilestones = !n.ProfileMilestones;
                break;
            default:
                n.VerifiedServiceNews = !n.VerifiedServiceNews;
                break;
        }
    }

    public static NotificationPreferences Copy(NotificationPreferences n) =>
        new()
        {
            MaintenanceDueSoon = n.MaintenanceDueSoon,
            MaintenanceOverdue = n.MaintenanceOverdue,
            ProfileMilestones = n.ProfileMilestones,
            VerifiedServiceNews = n.VerifiedServiceNews,
            QuietHoursStart = n.QuietHoursStart,
            QuietHoursEnd = n.QuietHoursEnd,
        };
}
