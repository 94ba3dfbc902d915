using CarPass.Data.Persistence;
using CarPass.Host.Auth;
using CarPass.Host.Demo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Dev;

/// <summary>
/// Development only (never mapped in any other environment): GET /dev/open signs initData for the
/// demo owner (or ?telegram_id=…) and redirects to the Mini App, so the dashboard opens in a normal
/// browser without Telegram. Run seed-demo first to see a filled garage.
/// </summary>
internal static class DevApi
{
    public static void MapDevApi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            return;
        app.MapGet("/dev/open", OpenAsync);
        // Created now, so a missing bot token is reported at start rather than on the first request.
        app.Services.GetRequiredService<SigningToken>();
    }

    public static async Task<IResult> OpenAsync(
        [FromQuery(Name = "telegram_id")] long? requestedId,
        SigningToken token,
        CarPassDbContext db,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        if (token.Value is not { } botToken)
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
