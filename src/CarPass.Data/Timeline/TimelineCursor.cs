using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CarPass.Data.Timeline;

/// <summary>
/// Where a page ended: the time and key of its last entry. Opaque to clients (base64url); a cursor
/// that does not parse is null, so a client mistake is a 400, never a crash.
/// </summary>
public sealed record TimelineCursor(DateTime At, string Key)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{At.Ticks.ToString(CultureInfo.InvariantCulture)}|{Key}"));

    public static TimelineCursor? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 200 || !Base64Url.IsValid(text))
            return null;
        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|');
        if (
            parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTime.MaxValue.Ticks
            || parts[1].Length == 0
        )
            return null;
        return new TimelineCursor(new DateTime(ticks, DateTimeKind.Utc), parts[1]);
    }

    /// <summary>True when the entry comes after this cursor in newest-first order.</summary>
    public bool Precedes(TimelineEntry entry) =>
        entry.OccurredAt < At || (entry.OccurredAt == At && string.CompareOrdinal(entry.Key, Key) < 0);
}
