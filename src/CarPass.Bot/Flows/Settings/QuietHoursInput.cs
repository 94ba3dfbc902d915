namespace CarPass.Bot.Flows.Settings;

/// <summary>Quiet hours as typed or tapped: two whole hours ("22-8", "23–7") or off.</summary>
public static class QuietHoursInput
{
    public const string Off = "off";

    /// <summary>Two different hours 0-23 separated by a dash or a space, or "off" (stored as 0-0: no quiet time).</summary>
    public static (int Start, int End)? Read(string text)
    {
        var value = text.Trim();
        if (value.Equals(Off, StringComparison.OrdinalIgnoreCase))
            return (0, 0);
        var parts = value.Split(['-', '–', '—', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (
            parts.Length != 2
            || !int.TryParse(parts[0], out var start)
            || !int.TryParse(parts[1], out var end)
            || start is < 0 or > 23
            || end is < 0 or > 23
            || start == end
        )
            return null;
        return (start, end);
    }

    /// <summary>A span as a button shows it: "22:00–08:00".</summary>
    public static string Label(string span)
    {
        var (start, end) = Read(span)!.Value;
        return $"{start:00}:00–{end:00}:00";
    }
}
