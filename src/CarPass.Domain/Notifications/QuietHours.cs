namespace CarPass.Domain.Notifications;

/// <summary>
/// Quiet hours in the owner's own time zone, whole local hours from <c>start</c> to <c>end</c>
/// (21 → 9 wraps past midnight; equal hours mean no quiet time). Daylight-saving changes are
/// handled by converting each local "morning" through the zone's own rules.
/// </summary>
public static class QuietHours
{
    public static bool IsQuiet(DateTime nowUtc, TimeZoneInfo zone, int start, int end) =>
        IsQuietHour(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone).Hour, start, end);

    public static bool IsQuietHour(int localHour, int start, int end) =>
        start == end ? false
        : start < end ? localHour >= start && localHour < end
        : localHour >= start || localHour < end;

    /// <summary>Now, or the first moment after the quiet hours end (the next local <c>end</c>:00).</summary>
    public static DateTime NextAllowedUtc(DateTime nowUtc, TimeZoneInfo zone, int start, int end)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone);
        if (!IsQuietHour(local.Hour, start, end))
            return nowUtc;
        var morning = local.Date.AddHours(end);
        if (morning <= local)
            morning = morning.AddDays(1);
        return ToUtc(morning, zone);
    }

    /// <summary>A local time skipped by a clock change moves to the first valid minute after it; a repeated one takes its first occurrence.</summary>
    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(unspecified))
            unspecified = unspecified.AddMinutes(15);
        if (zone.IsAmbiguousTime(unspecified))
        {
            var offset = zone.GetAmbiguousTimeOffsets(unspecified).Max();
            return DateTime.SpecifyKind(unspecified - offset, DateTimeKind.Utc);
        }
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, zone);
    }
}
