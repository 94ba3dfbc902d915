using System.Globalization;
using System.Text;

namespace CarPass.Bot.Input;

/// <summary>
/// Numbers as people type them on a phone: "84 500" and "84500" are the same; "12,5" and "12.5" are
/// decimals; spaces (including non-breaking and thin ones) group thousands.
/// </summary>
public static class NumberInput
{
    public static double? ParseDecimal(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 32)
            return null;
        var cleaned = new StringBuilder();
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c) || c is '\u202F' or '\u2009' or '\'' or '_')
                continue;
            cleaned.Append(c == ',' ? '.' : c);
        }
        var s = cleaned.ToString();
        if (s.Count(c => c == '.') > 1 || s.Length == 0 || !s.All(c => char.IsAsciiDigit(c) || c == '.' || c == '-'))
            return null;
        return
            double.TryParse(
                s,
                NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var value
            ) && double.IsFinite(value)
            ? value
            : null;
    }

    public static int? ParseWhole(string? text) =>
        ParseDecimal(text) is { } value && value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : null;

    public static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
