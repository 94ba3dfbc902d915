using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CarPass.Host.Jobs.Dashboard;

/// <summary>
/// /hangfire/login: opened from Telegram (a Mini App button), the page posts the app's initData;
/// an operator's valid initData, at most minutes old, becomes a short, HttpOnly, same-site cookie for
/// /hangfire, Secure whenever the request reached us or our proxy over https.
/// </summary>
internal static class DashboardLogin
{
    public const string Scheme = "CarPassOperator";
    public const string Path = "/hangfire/login";

    private const string Page = """
        <!doctype html><meta charset="utf-8"><title>CarPass jobs</title>
        <script src="https://telegram.org/js/telegram-web-app.js"></script>
        <form method="post"><input type="hidden" name="init_data"></form>
        <p>Opening the jobs dashboard…</p>
        <script>
          const data = window.Telegram && Telegram.WebApp ? Telegram.WebApp.initData : "";
          if (data) { document.forms[0].init_data.value = data; document.forms[0].submit(); }
          else document.querySelector("p").textContent = "Open this page from the CarPass bot in Telegram.";
        </script>
        """;

    public static AuthenticationBuilder AddDashboardLogin(this AuthenticationBuilder auth) =>
        auth.AddCookie(
            Scheme,
            o =>
            {
                o.Cookie.Name = "carpass_operator";
                o.Cookie.Path = "/hangfire";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(1);
                o.SlidingExpiration = false;
                o.Events.OnSigningIn = context =>
                {
                    if (CameOverHttps(context.Request))
                        context.CookieOptions.Secure = true;
                    return Task.CompletedTask;
                };
            }
        );

    /// <summary>
    /// https here or at a proxy in front: a trusted proxy's X-Forwarded-Proto has already made the
    /// request https (ForwardedHeaders); an untrusted one's still counts here, since a Secure flag
    /// the client did not need costs nothing.
    /// </summary>
    private static bool CameOverHttps(HttpRequest request) =>
        request.IsHttps
        || request
            .Headers["X-Forwarded-Proto"]
            .SelectMany(v => (v ?? "").Split(','))
            .Any(v => v.Trim().Equals("https", StringComparison.OrdinalIgnoreCase));

    public static void MapDashboardLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, () => Results.Content(Page, "text/html; charset=utf-8"));
        app.MapPost(Path, SignInAsync);
    }

    private static async Task<IResult> SignInAsync(HttpContext http, OperatorInitData initData)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
        if (initData.Operator(form?["init_data"].ToString()) is not { } telegramId)
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Operators only.");
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, telegramId.ToString(CultureInfo.InvariantCulture))],
            Scheme
        );
        await http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
        return Results.Redirect("/hangfire");
    }
}
