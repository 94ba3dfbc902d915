using System.Globalization;
using CarPass.Data.Users;

namespace CarPass.Bot.Flows.Ownership;

/// <summary>A moment as the person reads it: in their own time zone (set in /settings).</summary>
public static class LocalTime
{
    public static string Show(User user, DateTime utc)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(user.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
    }
}
