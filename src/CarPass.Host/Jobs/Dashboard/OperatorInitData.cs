using CarPass.Bot.Setup;
using CarPass.Host.Auth;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Jobs.Dashboard;

/// <summary>
/// Opens the dashboard to operators only: the Mini App's own initData check (signature, age),
/// then the Telegram id against Admin:TelegramIds. initData is never logged.
/// </summary>
public sealed class OperatorInitData(InitDataValidator validator, IOptions<AdminOptions> admins)
{
    /// <summary>The operator's Telegram id, or null when the data is missing, forged, stale or not an operator's.</summary>
    public long? Operator(string? initData) =>
        validator.Validate(initData).Profile is { } user && admins.Value.TelegramIds.Contains(user.TelegramId)
            ? user.TelegramId
            : null;
}
