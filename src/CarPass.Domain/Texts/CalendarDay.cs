using System.Globalization;

namespace CarPass.Domain.Texts;

/// <summary>
/// A calendar day (a document's last valid day, the day tyres were fitted) as a text argument:
/// written as that day in the reader's way (15.06.2026, 15 Jun 2026). A plain DateTime argument is a
/// moment and is moved into the reader's time zone, which west of UTC would show the day before.
/// </summary>
public readonly record struct CalendarDay(DateTime Date) : IFormattable
{
    public override string ToString() => ToString(null, null);

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Date.ToString(
            formatProvider is CultureInfo { TwoLetterISOLanguageName: "ru" } ? "dd.MM.yyyy" : "d MMM yyyy",
            CultureInfo.InvariantCulture
        );
}
