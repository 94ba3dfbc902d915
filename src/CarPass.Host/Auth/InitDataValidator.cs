using System.Globalization;
using System.Security;
using System.Text.Json;
using System.Text.RegularExpressions;
using CarPass.Bot.Setup;
using CarPass.Data.Users;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CarPass.Host.Auth;

/// <summary>
/// Judges the initData the Mini App sends: Telegram.Bot checks the hash; this class adds what the
/// library leaves out — the auth_date window and "not from the future" — and reads the user.
/// </summary>
public sealed partial class InitDataValidator(SigningToken token, IOptions<MiniAppOptions> options, TimeProvider clock)
{
    public InitDataCheck Validate(string? initData) => Validate(initData, options.Value.InitDataMaxAgeSeconds);

    /// <param name="maxAgeSeconds">A stricter window than the Mini App's, for signing in to something more powerful.</param>
    public InitDataCheck Validate(string? initData, int maxAgeSeconds)
    {
        if (string.IsNullOrWhiteSpace(initData))
            return InitDataCheck.Refused(AuthFailure.Missing);
        if (token.Value is not { } botToken)
            return InitDataCheck.Refused(AuthFailure.NotConfigured);
        if (Verify(initData, botToken) is not { } fields)
            return InitDataCheck.Refused(AuthFailure.Invalid);
        if (!long.TryParse(fields.GetValueOrDefault("auth_date"), CultureInfo.InvariantCulture, out var authDate))
            return InitDataCheck.Refused(AuthFailure.Invalid);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (authDate > now + options.Value.AllowedClockSkewSeconds)
            return InitDataCheck.Refused(AuthFailure.FromFuture);
        if (now - authDate > maxAgeSeconds)
            return InitDataCheck.Refused(AuthFailure.Expired);
        return ReadUser(fields.GetValueOrDefault("user")) is { } profile
            ? InitDataCheck.Valid(profile)
            : InitDataCheck.Refused(AuthFailure.Invalid);
    }

    /// <summary>
    /// The library answers a wrong hash with SecurityException, but malformed input (a pair without
    /// "=", a hash that is not hex) with ArgumentException or FormatException: all mean "invalid".
    /// The shape check first keeps most garbage away from it.
    /// </summary>
    private static IReadOnlyDictionary<string, string>? Verify(string initData, string botToken)
    {
        if (!WellFormed().IsMatch(initData))
            return null;
        try
        {
            return AuthHelpers.ParseValidateData(initData, botToken);
        }
        catch (Exception e) when (e is SecurityException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>key=value pairs joined by "&amp;", one of them a 64-hex-digit hash, at most 4 KB.</summary>
    [GeneratedRegex("^(?=.{1,4096}$)(?=(?:.*&)?hash=[0-9a-fA-F]{64}(?:&|$))[^&=]+=[^&]*(?:&[^&=]+=[^&]*)*$")]
    private static partial Regex WellFormed();

    private static TelegramProfile? ReadUser(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return null;
        try
        {
            return JsonSerializer.Deserialize<InitDataUser>(json) is { Id: > 0 } user
                ? new TelegramProfile(user.Id, user.FirstName ?? "", user.LastName, user.Username, user.LanguageCode)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
