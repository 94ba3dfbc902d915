using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Api.DeepLinks;

/// <summary>
/// Links that open a bot flow: https://t.me/&lt;bot&gt;?start=&lt;payload&gt;. Telegram allows at most
/// 64 characters of A–Z, a–z, 0–9, "_" and "-" in a payload; the formats are listed in docs/MINIAPP.md,
/// because the bot routes them. Without a bot username there are no links (null).
/// </summary>
public sealed partial class DeepLinkBuilder(IOptions<BotLinkOptions> options)
{
    public const int MaxPayloadLength = 64;

    private readonly string? _bot = BotName().IsMatch(options.Value.BotUsername.TrimStart('@'))
        ? options.Value.BotUsername.TrimStart('@')
        : null;

    /// <summary>fix_&lt;code&gt;_&lt;vehicle id, 32 hex digits&gt;; a code too long to fit falls back to the passport.</summary>
    public string? FixMissingItem(string code, Guid vehicleId) =>
        Link($"fix_{code}_{vehicleId:N}") ?? Passport(vehicleId);

    /// <summary>passport_&lt;vehicle id, 32 hex digits&gt;: the vehicle's passport in the chat.</summary>
    public string? Passport(Guid vehicleId) => Link($"passport_{vehicleId:N}");

    /// <summary>add_vehicle: the "add a vehicle" flow.</summary>
    public string? AddVehicle() => Link("add_vehicle");

    public static bool IsValidPayload(string payload) =>
        payload.Length is > 0 and <= MaxPayloadLength && Payload().IsMatch(payload);

    private string? Link(string payload) =>
        _bot is not null && IsValidPayload(payload) ? $"https://t.me/{_bot}?start={payload}" : null;

    [GeneratedRegex("^[A-Za-z0-9_]{5,32}$")]
    private static partial Regex BotName();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex Payload();
}
