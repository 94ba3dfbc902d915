using CarPass.Bot.Loop;
using CarPass.Bot.Tests.Support;
using CarPass.Data.Vehicles;
using CarPass.Ocr;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Ocr;

/// <summary>A photo's update stores one scan and counts one attempt, however often it is delivered or tried.</summary>
public sealed class PhotoOnceTests : IAsyncLifetime
{
    private const long Owner = 8101;
    private const int BusyTimeoutSeconds = 2;
    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await BotWorld.StartAsync(busyTimeoutSeconds: BusyTimeoutSeconds);
        Assert.Null(await _world.Service<IOcrService>().WarmUpAsync(default));
        await _world.SayAsync(Owner, "/start");
        var owner = await _world.DbAsync(db =>
            db.Users.Where(u => u.TelegramId == Owner).Select(u => u.Id).SingleAsync()
        );
        var draft = new VehicleDraft("Golf", "Volkswagen", "Golf", 2015, OdometerKm: 60_000);
        Assert.True((await _world.Service<VehicleUseCases>().AddAsync(owner, draft, default)).IsSuccess);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_redelivered_photo_is_neither_downloaded_nor_stored_nor_counted_again()
    {
        var image = OcrImages.Vin("WVWZZZ1JZXW000001");
        var photo = _world.Photo(Owner, _world.Api.AddFile(image), image.Length);
        var answer = await _world.NextAsync(Owner);
        var sentBefore = _world.Api.Sent.Count;

        await _world.Service<UpdateDispatcher>().ProcessAsync(photo, default);

        Assert.Contains("WVWZZZ1JZXW000001", answer.Text);
        Assert.Equal(1, _world.Api.CountCalls("download"));
        Assert.Equal(sentBefore, _world.Api.Sent.Count);
        Assert.Equal((1, 1), await ScansAndAttemptsAsync());
    }

    [Fact]
    public async Task A_photo_whose_scan_met_a_locked_database_is_read_again_later_and_stored_and_counted_once()
    {
        var image = OcrImages.Vin("WVWZZZ1JZXW000001");
        _world.Photo(Owner, _world.Api.AddFile(image, TimeSpan.FromSeconds(1)), image.Length);
        await BotWorld.WaitUntilAsync(
            async () => await _world.DbAsync(db => db.OcrAttempts.AnyAsync()),
            "the attempt is counted"
        );

        await using (var blocker = new SqliteConnection(_world.ConnectionString))
        {
            // Held from the download of the first try until the second try downloads the photo
            // again: the first try's scan met the lock for longer than the busy timeout.
            await blocker.OpenAsync();
            await using var begin = blocker.CreateCommand();
            begin.CommandText =
                "BEGIN IMMEDIATE; INSERT INTO processed_updates (update_id, processed_at) VALUES (-1, '2026-01-01');";
            await begin.ExecuteNonQueryAsync();
            await BotWorld.WaitUntilAsync(
                () => Task.FromResult(_world.Api.CountCalls("download") == 2),
                "the photo is downloaded again"
            );
            begin.CommandText = "ROLLBACK;";
            await begin.ExecuteNonQueryAsync();
        }
        var answer = await _world.NextAsync(Owner);

        Assert.Contains("WVWZZZ1JZXW000001", answer.Text);
        Assert.Equal((1, 1), await ScansAndAttemptsAsync());
        await Task.Delay(300);
        Assert.Single(_world.Api.Sent, m => m.ChatId == Owner && m.Text.Contains("WVWZZZ1JZXW000001"));
        Assert.DoesNotContain(_world.Api.Sent, m => m.Text.Contains("nothing was saved"));
    }

    private Task<(int Scans, int Attempts)> ScansAndAttemptsAsync() =>
        _world.DbAsync(async db => (await db.OcrScans.CountAsync(), await db.OcrAttempts.CountAsync()));
}
