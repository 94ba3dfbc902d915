namespace CarPass.Domain.Common;

/// <summary>
/// A person's calendar day: the date in their own time zone. Documents are valid through their last
/// day there, tyre changes and reminders fall on it.
/// </summary>
public static class LocalDate
{
    public static DateTime Of(DateTime utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone).Date;
}
