using System.Globalization;

namespace CarPass.Data.Import;

/// <summary>
/// Numbers as a tracker's user culture writes them: "45.5", "45,5", "1 234,5", "1,234.5". When both a
/// comma and a point appear, the last one is the decimal mark; a lone comma is one too.
/// </summary>
public static class ImportNumbers
{
    public static double? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = new string([.. value.Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\'')]);
        var comma = text.LastIndexOf(',');
        var point = text.LastIndexOf('.');
        if (comma >= 0 && point >= 0)
            text = comma > point ? text.Replace(".", "").Replace(',', '.') : text.Replace(",", "");
        else if (comma >= 0)
            text = text.Replace(',', '.');
        return
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number)
            ? number
            : null;
    }

    public static bool? Flag(string? value) =>
        value?.Trim().ToLowerInvariant() switch
        {
            "true" or "1" or "yes" or "y" => true,
            "false" or "0" or "no" or "n" or "" or null => false,
            _ => null,
        };
}
