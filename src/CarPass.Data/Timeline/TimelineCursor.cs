using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CarPass.Data.Timeline;

/// <summary>
/// Where a page ended: the time, type and id of its last entry, bound to the person who was given it
/// and the vehicle it pages. Opaque to clients (base64url). A cursor that does not parse, or that
/// was given to someone else or for another vehicle, is null, so a client mistake is a 400, never a crash.
/// </summary>
/// <remarks>
/// The binding is a digest of the two ids, not a secret: a cursor only says where to continue a list
/// its holder may read anyway, so a forged one gains nothing; the binding stops one person's link
/// (or a page of another car) from being continued by someone else.
/// </remarks>
public sealed record TimelineCursor(DateTime At, TimelineEntryType Type, Guid Id)
{
    private const int MaxLength = 200;

    public string Encode(Guid viewerId, Guid vehicleId) =>
        Base64Url.EncodeToString(
            Encoding.UTF8.GetBytes(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{At.Ticks}|{(int)Type}|{Id:N}|{Binding(viewerId, vehicleId)}"
                )
            )
        );

    public static TimelineCursor? TryParse(string? text, Guid viewerId, Guid vehicleId)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || !Base64Url.IsValid(text))
            return null;
        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|');
        if (
            parts.Length != 4
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTime.MaxValue.Ticks
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var type)
            || !Enum.IsDefined((TimelineEntryType)type)
            || !Guid.TryParseExact(parts[2], "N", out var id)
            || parts[3] != Binding(viewerId, vehicleId)
        )
            return null;
        return new TimelineCursor(new DateTime(ticks, DateTimeKind.Utc), (TimelineEntryType)type, id);
    }

    public static TimelineCursor After(TimelineEntry entry) => new(entry.OccurredAt, entry.Type, entry.Id);

    private static string Binding(Guid viewerId, Guid vehicleId)
    {
        Span<byte> ids = stackalloc byte[32];
        viewerId.TryWriteBytes(ids[..16]);
        vehicleId.TryWriteBytes(ids[16..]);
        return Convert.ToHexStringLower(SHA256.HashData(ids)[..12]);
    }
}
