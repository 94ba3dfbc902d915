using CarPass.Data.Persistence;
using CarPass.Host.Auth;
using CarPass.Host.Demo;
using CarPass.Host.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Dev;

/// <summary>
/// GET /dev/open signs initData for the demo owner (or ?telegram_id=…) and redirects to the Mini
/// App, so the dashboard opens in a normal browser without Telegram. It exists only with the random
/// per-process development token (Development without a bot token): it never signs with a configured
/// token, which would hand anyone a session as anyone. It answers only this machine (LocalCaller);
/// everyone else gets the 404 of a route that does not exist. Run seed-demo first to see a filled garage.
/// </summary>
internal static class DevApi
{
    public static void MapDevApi(this WebApplication app)
    {
        // Created now, so a missing bot token is reported at start rather than on the first request.
        if (!app.Services.GetRequiredService<SigningToken>().IsDevelopmentToken)
            return;
        app.MapGet("/dev/open", OpenAsync)
            .AddEndpointFilter(
                (context, next) =>
                    LocalCaller.Is(context.HttpContext)
                        ? next(context)
                        : ValueTask.FromResult<object?>(Results.NotFound())
            );
    }

    public static async Task<IResult> OpenAsync(
        [FromQuery(Name = "telegram_id")] long? requestedId,
        SigningToken token,
        CarPassDbContext db,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        if (!token.IsDevelopmentToken || token.Value is not { } botToken)
            return TypedResults.NotFound();
        var telegramId = requestedId ?? DemoSeeder.OwnerTelegramId;
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.TelegramId == telegramId, ct);
        var initData = InitDataSigner.ForUser(
            botToken,
            telegramId,
            user?.FirstName ?? "Demo",
            user?.Language ?? "en",
            clock.GetUtcNow()
        );
        return TypedResults.Redirect($"/app/#tgWebAppData={Uri.EscapeDataString(initData)}&tgWebAppVersion=8.0");
    }
}
