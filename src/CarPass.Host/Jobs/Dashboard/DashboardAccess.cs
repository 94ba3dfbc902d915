using CarPass.Host.Security;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Jobs.Dashboard;

/// <summary>
/// Who may open /hangfire: an operator signed in through initData (cookie from /hangfire/login or
/// an "Authorization: tma …" header), or — outside Production and only when configured — a request
/// from this machine that no proxy carried (LocalCaller). Never anyone else.
/// </summary>
public sealed class DashboardAccess(
    IWebHostEnvironment environment,
    IOptions<JobsOptions> options,
    OperatorInitData initData
) : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if ((await http.AuthenticateAsync(DashboardLogin.Scheme)).Succeeded)
            return true;
        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith("tma ", StringComparison.OrdinalIgnoreCase) && initData.Operator(header[4..]) is not null)
            return true;
        return !environment.IsProduction() && options.Value.DashboardAllowLocal && LocalCaller.Is(http);
    }
}
