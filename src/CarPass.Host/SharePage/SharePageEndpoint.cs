using CarPass.Data.Reports;
using CarPass.Domain.Texts;

namespace CarPass.Host.SharePage;

/// <summary>
/// GET /r/{token}: a report's public page, for a buyer without Telegram. It shows the passport as it
/// is now, read as the owner who made the report sees it, and what changed since the report. An
/// unknown, expired or revoked token, or a report whose maker no longer reads the car, all get the
/// same "no longer shared" page with the same 404 status, so the answer tells nothing about which
/// tokens ever existed. Never indexed, never cached, no referrer sent on.
/// </summary>
internal static class SharePageEndpoint
{
    public const string Path = "/r";

    public static WebApplication MapSharePage(this WebApplication app)
    {
        app.MapGet($"{Path}/{{token}}", ShowAsync).ExcludeFromDescription();
        return app;
    }

    public static async Task ShowAsync(
        string token,
        HttpContext http,
        ShareLinkUseCases links,
        ReportReader reports,
        CancellationToken ct
    )
    {
        var language = LanguageOf(http.Request);
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow, noarchive";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        http.Response.ContentType = "text/html; charset=utf-8";
        var viewed = await links.ViewAsync(token, ct);
        if (
            !viewed.IsSuccess
            || await reports.ReadAsync(viewed.Value.CreatedByUserId, viewed.Value.VehicleId, ct) is not { } content
        )
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync(SharePageHtml.Gone(language), ct);
            return;
        }
        await http.Response.WriteAsync(SharePageHtml.Live(language, viewed.Value, content), ct);
    }

    /// <summary>The buyer's browser language: Russian when it asks for Russian first, else English.</summary>
    private static Language LanguageOf(HttpRequest request)
    {
        var first = request.Headers.AcceptLanguage.ToString().Split(',')[0].Trim();
        return first.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Language.Ru : Language.En;
    }
}
