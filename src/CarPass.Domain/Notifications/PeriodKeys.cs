using System.Security.Cryptography;
using System.Text;

namespace CarPass.Domain.Notifications;

/// <summary>
/// The "period" of the outbox's unique (vehicle, kind, period) key: a short digest of the items a
/// nudge covers plus its repeat number, so the same state always yields the same key.
/// </summary>
public static class PeriodKeys
{
    public static string For(IEnumerable<string> items, int repeat)
    {
        var joined = string.Join('\n', items.Order(StringComparer.Ordinal));
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
        return $"{digest[..16]}:{repeat}";
    }

    /// <summary>0 for the first nudge about its items, 1 for the first repeat, and so on.</summary>
    public static int RepeatOf(string periodKey) =>
        int.TryParse(periodKey.AsSpan(periodKey.LastIndexOf(':') + 1), out var repeat) ? repeat : 0;
}
