using System.Globalization;

namespace CarPass.Bot.Input;

/// <summary>
/// Numbers as people type them on a phone, whatever the server's culture. Spaces (also non-breaking
/// and thin ones), apostrophes and underscores group thousands: "84 500". A comma or a dot is the
/// decimal separator where it cannot be a thousands separator: "12,5", "45,67", "0,500",
/// "1234,567"; with both, the last one is: "1.500,5", "1,500.5". One comma or dot followed by
/// exactly three digits ("1,500", "12.000") could be either, so it is not guessed. Groups must be
/// whole: "1,50,0" is not a number. The rule, with examples, is in docs/BOT.md.
/// </summary>
public static class NumberInput
{
    private const int MaxLength = 32;

    public static NumberReading Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
            return NumberReading.Invalid;
        var s = new string(text.Trim().Select(c => IsGroupOnly(c) ? ' ' : c).ToArray());
        var sign = s.StartsWith('-') ? "-" : "";
        s = s[sign.Length..];
        if (s.Length == 0 || !s.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' '))
            return NumberReading.Invalid;

        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        var both = dots > 0 && commas > 0;
        var decimalAt =
            both ? Math.Max(s.LastIndexOf('.'), s.LastIndexOf(','))
            : dots + commas == 1 ? s.IndexOfAny(['.', ','])
            : -1;
        if (both && s.Count(c => c == s[decimalAt]) > 1)
            return NumberReading.Invalid;
        var whole = decimalAt < 0 ? s : s[..decimalAt];
        var fraction = decimalAt < 0 ? "" : s[(decimalAt + 1)..];
        var groups = whole.Split(['.', ',', ' ']);
        if ((whole.Length == 0 && fraction.Length == 0) || !fraction.All(char.IsAsciiDigit) || !WellGrouped(groups))
            return NumberReading.Invalid;

        var digits = string.Concat(groups);
        if (ToNumber(sign, digits, fraction) is not { } value)
            return NumberReading.Invalid;
        var couldBeThousands =
            !both && fraction.Length == 3 && groups[^1].Length is >= 1 and <= 3 && !digits.StartsWith('0');
        return couldBeThousands && ToNumber(sign, digits + fraction, "") is { } thousands
            ? new NumberReading.Ambiguous(value, thousands)
            : new NumberReading.Number(value);
    }

    /// <summary>
    /// A whole number. "84,500" can only mean 84500 here (84.5 is no whole number); "1,000" still
    /// could be 1 or 1000 and stays ambiguous.
    /// </summary>
    public static NumberReading ReadWhole(string? text) =>
        Read(text) switch
        {
            NumberReading.Number n when IsWhole(n.Value) => n,
            NumberReading.Ambiguous a when !IsWhole(a.AsDecimal) && IsWhole(a.AsThousands) => new NumberReading.Number(
                a.AsThousands
            ),
            NumberReading.Ambiguous a when IsWhole(a.AsDecimal) => a,
            _ => NumberReading.Invalid,
        };

    public static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A number as the person would type it back: a decimal comma in Russian.</summary>
    public static string Show(double value, bool decimalComma) =>
        decimalComma ? Format(value).Replace('.', ',') : Format(value);

    /// <summary>The first group may be short; every later one has exactly three digits.</summary>
    private static bool WellGrouped(string[] groups) =>
        groups.Length == 1 || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3));

    private static bool IsGroupOnly(char c) => char.IsWhiteSpace(c) || c is '\'' or '\u2019' or '_';

    private static bool IsWhole(double value) =>
        value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue;

    private static double? ToNumber(string sign, string digits, string fraction) =>
        double.TryParse(
            $"{sign}{(digits.Length == 0 ? "0" : digits)}{(fraction.Length == 0 ? "" : "." + fraction)}",
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out var value
        ) && double.IsFinite(value)
            ? value
            : null;
}
