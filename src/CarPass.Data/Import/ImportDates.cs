using System.Globalization;
using System.Text.RegularExpressions;

namespace CarPass.Data.Import;

/// <summary>
/// Dates as the trackers write them in their user's culture: ISO (2024-03-31), dotted day-first
/// (31.03.2024), and slashed (03/31/2024 or 31/03/2024), with or without a time after them. Which way a
/// slashed date goes is decided for the whole file: a part above 12 shows it. When no date of the file
/// shows it, the format's own convention decides (Fuelly writes month first); without one, a date whose
/// day and month could swap is refused as ambiguous rather than guessed.
/// </summary>
public sealed partial class ImportDates
{
    private readonly bool? _monthFirst;

    private ImportDates(bool? monthFirst) => _monthFirst = monthFirst;

    [GeneratedRegex(@"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/(\d{4})$")]
    private static partial Regex Slashed();

    /// <param name="monthFirstByConvention">How the format writes slashed dates, when it says; null when it depends on its user.</param>
    public static ImportDates For(IEnumerable<string> values, bool? monthFirstByConvention)
    {
        bool dayFirstSeen = false,
            monthFirstSeen = false;
        foreach (var value in values)
            if (Slashed().Match(DatePart(value)) is { Success: true } m)
            {
                dayFirstSeen |= int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) > 12;
                monthFirstSeen |= int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) > 12;
            }
        return new ImportDates(
            (dayFirstSeen, monthFirstSeen) switch
            {
                (true, false) => false,
                (false, true) => true,
                _ => monthFirstByConvention,
            }
        );
    }

    /// <summary>The date (UTC midnight), or the code of why not.</summary>
    public (DateTime? Date, string? Error) Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return (null, ImportErrorCodes.DateMissing);
        var date = DatePart(value);
        if (YearFirst().Match(date) is { Success: true } iso)
            return Make(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        if (Dotted().Match(date) is { Success: true } dotted)
            return Make(dotted.Groups[3].Value, dotted.Groups[2].Value, dotted.Groups[1].Value);
        if (Slashed().Match(date) is not { Success: true } slashed)
            return (null, ImportErrorCodes.DateInvalid);
        var (first, second) = (slashed.Groups[1].Value, slashed.Groups[2].Value);
        if (_monthFirst is { } monthFirst)
            return monthFirst
                ? Make(slashed.Groups[3].Value, first, second)
                : Make(slashed.Groups[3].Value, second, first);
        return first == second ? Make(slashed.Groups[3].Value, first, second) : (null, ImportErrorCodes.DateAmbiguous);
    }

    /// <summary>"31.03.2024 0:00:00" or "2024-03-31T10:00:00" → the date alone.</summary>
    private static string DatePart(string value) => value.Trim().Split(' ', 'T')[0];

    private static (DateTime?, string?) Make(string year, string month, string day) =>
        DateTime.TryParseExact(
            $"{year}-{int.Parse(month, CultureInfo.InvariantCulture):00}-{int.Parse(day, CultureInfo.InvariantCulture):00}",
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
            out var parsed
        )
            ? (DateTime.SpecifyKind(parsed, DateTimeKind.Utc), null)
            : (null, ImportErrorCodes.DateInvalid);
}
