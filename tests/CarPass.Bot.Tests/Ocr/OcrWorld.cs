using CarPass.Bot.Tests.ServiceLoop;
using CarPass.Bot.Tests.Support;
using CarPass.Data.Ocr;
using CarPass.Data.Vehicles;
using CarPass.Ocr;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Ocr;

/// <summary>
/// One chat world for every photo test, with the real Tesseract engine warmed up once (the OCR
/// service is a singleton of the host). Each test speaks as its own people, so tests share nothing
/// else; the service-loop people are here for the employee's photo.
/// </summary>
public sealed class OcrWorld : IAsyncLifetime
{
    /// <summary>Photos one person may have read in the window, low enough to reach in a test.</summary>
    public const int MaxScans = 3;

    public BotWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        World = await BotWorld.StartAsync(
            new Dictionary<string, string>
            {
                ["Admin:TelegramIds:0"] = ServiceLoopWorld.Operator.ToString(),
                ["Telegram:BotUsername"] = "carpass_test_bot",
                ["Ocr:RateLimit:MaxScans"] = MaxScans.ToString(),
            }
        );
        Assert.Null(await World.Service<IOcrService>().WarmUpAsync(default));
    }

    public async Task DisposeAsync() => await World.DisposeAsync();

    /// <summary>A car of this person (who opens the bot first), with no VIN and no plate yet.</summary>
    public async Task<Guid> CarAsync(long telegramId, string name, string language = "en")
    {
        await ReleaseVinsAsync();
        await World.SayAsync(telegramId, "/start", language);
        var owner = await UserIdAsync(telegramId);
        var draft = new VehicleDraft(name, "Volkswagen", name, 2015, OdometerKm: 60_000);
        return (await World.Service<VehicleUseCases>().AddAsync(owner, draft, default)).Value!.Id;
    }

    /// <summary>
    /// The photo tests share one database and read the same few VINs, while a VIN lives in one
    /// active passport: before a test sets up its car, the cars of earlier tests give their VINs up.
    /// </summary>
    public Task<int> ReleaseVinsAsync() =>
        World.DbAsync(db =>
            db.Vehicles.Where(v => v.Vin != null).ExecuteUpdateAsync(s => s.SetProperty(v => v.Vin, (string?)null))
        );

    public Task<Guid> UserIdAsync(long telegramId) =>
        World.DbAsync(db => db.Users.Where(u => u.TelegramId == telegramId).Select(u => u.Id).SingleAsync());

    public Task<Vehicle> VehicleAsync(Guid id) => World.DbAsync(db => db.Vehicles.SingleAsync(v => v.Id == id));

    public async Task<List<OcrScan>> ScansAsync(long telegramId)
    {
        var user = await UserIdAsync(telegramId);
        return await World.DbAsync(db => db.OcrScans.Where(s => s.UserId == user).ToListAsync());
    }

    public async Task<int> AttemptsAsync(long telegramId)
    {
        var user = await UserIdAsync(telegramId);
        return await World.DbAsync(db => db.OcrAttempts.CountAsync(a => a.UserId == user));
    }

    /// <summary>Waits for the short notice a tap was answered with (e.g. "out of date").</summary>
    public Task TapNoticeAsync(string part) =>
        BotWorld.WaitUntilAsync(
            () => Task.FromResult(World.Api.CallbackNotices.Any(n => n.Contains(part))),
            $"a tap is answered with \"{part}\""
        );
}
