using CarPass.Bot.Setup;
using CarPass.Data.Users;
using CarPass.Host.Auth;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Jobs.Dashboard;

/// <summary>
/// Opens the dashboard to operators only: the Mini App's own initData check (signature), with a
/// window of minutes (Jobs:DashboardInitDataMaxAgeSeconds) rather than the Mini App's day, so a
/// copied initData soon stops opening the jobs; then the Telegram id against Admin:TelegramIds.
/// initData is never logged.
/// </summary>
public sealed class OperatorInitData(
    InitDataValidator validator,
    IOptions<AdminOptions> admins,
    IOptions<JobsOptions> jobs
)
{
    /// <summary>The operator's Telegram id, or null when the data is missing, forged, stale or not an operator's.</summary>
    public long? Operator(string? initData) =>
        validator.Validate(initData, jobs.Value.DashboardInitDataMaxAgeSeconds).Profile is { } user
        && admins.Value.TelegramIds.Contains(user.TelegramId)
            ? user.TelegramId
            : null;
}
