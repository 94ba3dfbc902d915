using System.Globalization;

namespace CarPass.Domain.Texts;

/// <summary>
/// A moment as one person reads it: in their time zone, in their language's way of writing dates.
/// Texts choose how much of it they show by the format of their placeholder: <c>{0:d}</c> the day,
/// <c>{0:g}</c> (or none) the day and the time. Russian writes 15.06.2026 14:30; English writes
/// 15 Jun 2026, 14:30, which no English reader mistakes for another day.
/// </summary>
public readonly record struct LocalMoment(DateTime Utc, Language Language, TimeZoneInfo Zone) : IFormattable
{
    public const string Day = "d";
    public const string DayAndTime = "g";

    public override string ToString() => ToString(DayAndTime, null);

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(Utc, DateTimeKind.Utc), Zone);
        return local.ToString(Pattern(format), CultureInfo.InvariantCulture);
    }

    private string Pattern(string? format) =>
        (Language, format == Day) switch
        {
            (Language.Ru, true) => "dd.MM.yyyy",
            (Language.Ru, false) => "dd.MM.yyyy HH:mm",
            (_, true) => "d MMM yyyy",
            (_, false) => "d MMM yyyy, HH:mm",
        };

    /// <summary>A day as a chart's axis writes it: short, in the language's order (15.06.26, 15 Jun 26).</summary>
    public static string AxisDay(DateTime day, Language language) =>
        day.ToString(language == Language.Ru ? "dd.MM.yy" : "d MMM yy", CultureInfo.InvariantCulture);

    /// <summary>The person's time zone by its IANA id; UTC when the id is unknown here.</summary>
    public static TimeZoneInfo ZoneOf(string? timeZoneId) =>
        timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? zone
            : TimeZoneInfo.Utc;
}
