using CarPass.Data.Users;
using CarPass.Domain.Notifications;

namespace CarPass.Data.Notifications;

/// <summary>Turns a stored user into the policy's view of them.</summary>
public static class OwnerSettingsMap
{
    /// <summary>
    /// Telegram's 403 marks the user blocked; any later contact refreshes updated_at, so writing to
    /// the bot again is what unblocks them.
    /// </summary>
    public static bool HasBlockedBot(User user) => user.BlockedBotAt is { } at && at >= user.UpdatedAt;

    public static OwnerSettings From(User user, IReadOnlySet<Guid> mutedCenters)
    {
        var n = user.Notifications;
        return new OwnerSettings(
            n.MaintenanceDueSoon,
            n.MaintenanceOverdue,
            n.ProfileMilestones,
            n.VerifiedServiceNews,
            n.QuietHoursStart,
            n.QuietHoursEnd,
            Zone(user.TimeZone),
            HasBlockedBot(user),
            mutedCenters
        );
    }

    /// <summary>Time zones are checked when set; a stored one this machine does not know falls back to UTC.</summary>
    public static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
