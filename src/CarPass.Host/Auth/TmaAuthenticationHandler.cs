using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Auth;

/// <summary>
/// Reads "Authorization: tma &lt;initData&gt;", has it judged, and answers a refusal with a 401
/// problem body. initData is never logged: failure messages carry only the failure code.
/// </summary>
internal sealed class TmaAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    InitDataValidator validator,
    IProblemDetailsService problems
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = TmaAuth.Scheme + " ";
    private AuthFailure _failure = AuthFailure.Missing;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        var initData = header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? header[Prefix.Length..] : null;
        var check = validator.Validate(initData);
        if (check.Profile is not { } user)
        {
            _failure = check.Failure ?? AuthFailure.Invalid;
            return Task.FromResult(
                _failure == AuthFailure.Missing
                    ? AuthenticateResult.NoResult()
                    : AuthenticateResult.Fail(Code(_failure))
            );
        }
        var claims = new List<Claim>
        {
            new(TmaAuth.TelegramIdClaim, user.TelegramId.ToString(CultureInfo.InvariantCulture)),
            new(TmaAuth.FirstNameClaim, user.FirstName),
        };
        AddIfPresent(claims, TmaAuth.LastNameClaim, user.LastName);
        AddIfPresent(claims, TmaAuth.UsernameClaim, user.Username);
        AddIfPresent(claims, TmaAuth.LanguageCodeClaim, user.LanguageCode);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, TmaAuth.Scheme));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, TmaAuth.Scheme)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = TmaAuth.Scheme;
        await problems.WriteAsync(
            new ProblemDetailsContext
            {
                HttpContext = Context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status401Unauthorized,
                    Title = "The Mini App session is missing, invalid or expired.",
                    Detail = Detail(_failure),
                    Extensions = { ["error"] = Code(_failure) },
                },
            }
        );
    }

    private static void AddIfPresent(List<Claim> claims, string type, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            claims.Add(new Claim(type, value));
    }

    private static string Code(AuthFailure failure) =>
        failure switch
        {
            AuthFailure.Missing => "init_data_missing",
            AuthFailure.Expired => "init_data_expired",
            AuthFailure.FromFuture => "init_data_from_future",
            AuthFailure.NotConfigured => "bot_token_not_configured",
            _ => "init_data_invalid",
        };

    private static string Detail(AuthFailure failure) =>
        failure switch
        {
            AuthFailure.Missing => "Send the Mini App's initData as \"Authorization: tma <initData>\".",
            AuthFailure.Expired => "The session has expired: open the Mini App again from the bot.",
            AuthFailure.FromFuture => "The initData is dated in the future.",
            AuthFailure.NotConfigured => "The server has no bot token, so it cannot check any session.",
            _ => "The initData signature does not match.",
        };
}
