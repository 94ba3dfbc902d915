using System.Globalization;

namespace CarPass.Data.Persistence;

/// <summary>
/// Times on SQLite are TEXT in the format EF Core and Microsoft.Data.Sqlite write
/// (<c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>, UTC). Reading them back through <c>DateTime.Parse</c> was a
/// third of a recompute's materialization time, so that exact format is parsed by hand and anything
/// else still goes through the general parser.
/// </summary>
public static class SqliteTimeText
{
    private const string Format = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    public static string Write(DateTime value) =>
        (value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime()).ToString(
            Format,
            CultureInfo.InvariantCulture
        );

    public static DateTime Read(string text) =>
        TryReadExact(text, out var value)
            ? value
            : DateTime.Parse(
                text,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal
            );

    private static bool TryReadExact(string text, out DateTime value)
    {
        value = default;
        if (text.Length < 19 || text.Length == 20 || text.Length > 27)
            return false;
        if (text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':')
            return false;
        if (
            !Digits(text, 0, 4, out var year)
            || !Digits(text, 5, 2, out var month)
            || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour)
            || !Digits(text, 14, 2, out var minute)
            || !Digits(text, 17, 2, out var second)
        )
            return false;
        var ticks = 0;
        if (text.Length > 19)
        {
            if (text[19] != '.' || !Digits(text, 20, text.Length - 20, out ticks))
                return false;
            for (var scale = text.Length - 20; scale < 7; scale++)
                ticks *= 10;
        }
        if (
            month is < 1 or > 12
            || day < 1
            || day > DateTime.DaysInMonth(Math.Max(year, 1), month)
            || hour > 23
            || minute > 59
            || second > 59
            || year < 1
        )
            return false;
        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
        return true;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
                return false;
            value = value * 10 + digit;
        }
        return true;
    }
}
