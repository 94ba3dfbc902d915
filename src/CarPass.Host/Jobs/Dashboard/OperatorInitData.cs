using System.Globalization;
using System.Security;
using System.Text.Json;
using CarPass.Bot.Setup;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CarPass.Host.Jobs.Dashboard;

/// <summary>
/// Opens the dashboard to operators only: Telegram.Bot checks the initData's signature, this class
/// adds freshness and checks the Telegram id against Admin:TelegramIds. initData is never logged.
/// </summary>
public sealed class OperatorInitData(
    IOptions<TelegramOptions> telegram,
    IOptions<AdminOptions> admins,
    IOptions<JobsOptions> jobs,
    TimeProvider clock
)
{
    /// <summary>The operator's Telegram id, or null when the data is missing, forged, stale or not an operator's.</summary>
    public long? Operator(string? initData)
    {
        var token = telegram.Value.BotToken;
        if (string.IsNullOrWhiteSpace(initData) || string.IsNullOrWhiteSpace(token))
            return null;
        if (Validate(initData, token) is not { } fields)
            return null;
        if (!long.TryParse(fields.GetValueOrDefault("auth_date"), CultureInfo.InvariantCulture, out var authDate))
            return null;
        var age = clock.GetUtcNow().ToUnixTimeSeconds() - authDate;
        if (age < -60 || age > jobs.Value.DashboardInitDataMaxAgeMinutes * 60L)
            return null;
        return UserId(fields.GetValueOrDefault("user")) is { } id && admins.Value.TelegramIds.Contains(id) ? id : null;
    }

    /// <summary>A wrong hash throws SecurityException; malformed input throws the argument or format kind: all mean no.</summary>
    private static IReadOnlyDictionary<string, string>? Validate(string initData, string token)
    {
        try
        {
            return AuthHelpers.ParseValidateData(initData, token);
        }
        catch (Exception e) when (e is SecurityException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static long? UserId(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return null;
        try
        {
            using var user = JsonDocument.Parse(json);
            return user.RootElement.TryGetProperty("id", out var id) && id.TryGetInt64(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
