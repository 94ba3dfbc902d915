using System.Globalization;
using CarPass.Domain.Notifications;

namespace CarPass.Domain.Tests.Notifications;

public sealed class QuietHoursTests
{
    [Theory]
    // zone, now (UTC), start, end, expected next allowed send (UTC)
    [InlineData("Europe/Moscow", "2026-06-15T10:00", 21, 9, "2026-06-15T10:00")] // 13:00 local: not quiet
    [InlineData("Europe/Moscow", "2026-06-15T17:59", 21, 9, "2026-06-15T17:59")] // 20:59 local
    [InlineData("Europe/Moscow", "2026-06-15T18:00", 21, 9, "2026-06-16T06:00")] // 21:00 local: quiet until 09:00
    [InlineData("Europe/Moscow", "2026-06-15T22:30", 21, 9, "2026-06-16T06:00")] // 01:30 local, after midnight
    [InlineData("Europe/Moscow", "2026-06-16T05:59", 21, 9, "2026-06-16T06:00")] // 08:59 local
    [InlineData("Europe/Moscow", "2026-06-16T06:00", 21, 9, "2026-06-16T06:00")] // 09:00 local: morning
    [InlineData("Asia/Kolkata", "2026-06-15T16:00", 21, 9, "2026-06-16T03:30")] // +05:30: 21:30 local
    [InlineData("America/New_York", "2026-06-15T02:00", 21, 9, "2026-06-15T13:00")] // 22:00 EDT
    [InlineData("UTC", "2026-06-15T03:00", 0, 7, "2026-06-15T07:00")] // a window that does not wrap
    [InlineData("UTC", "2026-06-15T23:00", 0, 7, "2026-06-15T23:00")]
    [InlineData("UTC", "2026-06-15T23:00", 9, 9, "2026-06-15T23:00")] // equal hours: never quiet
    // Berlin springs forward on 29 March 2026 (02:00 → 03:00) and falls back on 25 October 2026 (03:00 → 02:00).
    [InlineData("Europe/Berlin", "2026-03-28T21:00", 21, 9, "2026-03-29T07:00")] // morning already in summer time (+02:00)
    [InlineData("Europe/Berlin", "2026-10-24T20:00", 21, 9, "2026-10-25T08:00")] // morning back in winter time (+01:00)
    [InlineData("Europe/Berlin", "2026-03-28T23:00", 23, 2, "2026-03-29T01:00")] // 02:00 does not exist that night: 03:00 local
    [InlineData("Europe/Berlin", "2026-10-24T22:00", 23, 2, "2026-10-25T00:00")] // 02:00 happens twice: the first one (+02:00)
    [InlineData("America/New_York", "2026-03-08T03:00", 21, 9, "2026-03-08T13:00")] // 09:00 EDT on the switch day
    [InlineData("America/New_York", "2026-11-01T03:00", 21, 9, "2026-11-01T14:00")] // 09:00 EST on the switch day
    public void Quiet_hours_are_kept_in_the_owners_time_zone_across_daylight_saving_changes(
        string zone,
        string now,
        int start,
        int end,
        string expected
    ) =>
        Assert.Equal(
            Utc(expected),
            QuietHours.NextAllowedUtc(Utc(now), TimeZoneInfo.FindSystemTimeZoneById(zone), start, end)
        );

    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    [InlineData(0, true)]
    [InlineData(8, true)]
    [InlineData(9, false)]
    public void The_default_window_is_21_to_9(int hour, bool quiet) =>
        Assert.Equal(quiet, QuietHours.IsQuietHour(hour, 21, 9));

    private static DateTime Utc(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
