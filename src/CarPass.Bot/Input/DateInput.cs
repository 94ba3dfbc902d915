using System.Globalization;

namespace CarPass.Bot.Input;

/// <summary>Dates as typed: 23.11.2026, 23.11.26, 23.11 (this year), 2026-11-23.</summary>
public static class DateInput
{
    private static readonly string[] Formats = ["d.M.yyyy", "d.M.yy", "yyyy-M-d", "d/M/yyyy", "d-M-yyyy"];

    public static DateTime? Parse(string? text, DateTime todayUtc)
    {
        var s = text?.Trim() ?? "";
        if (DateTime.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return DateTime.SpecifyKind(date.Date, DateTimeKind.Utc);
        if (DateTime.TryParseExact(s, "d.M", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dayMonth))
            return new DateTime(todayUtc.Year, dayMonth.Month, dayMonth.Day, 0, 0, 0, DateTimeKind.Utc);
        return null;
    }
}
