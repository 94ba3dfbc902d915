using System.Net.Http.Headers;
using System.Text.Json;
using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.Support;
using CarPass.Data.Passports;
using CarPass.Host.Dev;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Flows;

/// <summary>
/// The chat and the Mini App read one read model: what is saved in the chat is on the Mini App's
/// passport at once, and the bot's passport and garage screens take the kept passport instead of
/// scoring it again.
/// </summary>
public sealed class ReadModelFlowTests : IAsyncLifetime
{
    private const long Owner = 651;
    private BotWorld _world = null!;
    private Guid _car;

    public async Task InitializeAsync()
    {
        _world = await BotWorld.StartAsync();
        _car = await _world.AddCarAsync(Owner, "Golf", 50_000);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_save_in_the_chat_is_on_the_mini_app_passport_the_moment_the_bot_answers()
    {
        using var app = MiniApp();
        var before = await ScoreAsync(app);

        await _world.SayAsync(Owner, "/mileage");
        await _world.SayAsync(Owner, "51 200");
        var afterMileage = await ScoreAsync(app);
        await _world.SayAsync(Owner, "/fuel");
        await _world.SayAsync(Owner, "40");
        await _world.SayAsync(Owner, "2 450");
        var fill = await _world.SayAsync(Owner, "51 300");
        await _world.TapAsync(Owner, fill, "Full tank");
        var passport = await _world.SayAsync(Owner, "/passport");
        var afterFuel = await ScoreAsync(app);

        Assert.Equal(50_000, before.GetProperty("current_odometer_km").GetInt32());
        Assert.Equal(51_200, afterMileage.GetProperty("current_odometer_km").GetInt32());
        Assert.Contains(Codes(afterMileage), c => c == "fuel_entry");
        Assert.DoesNotContain(Codes(afterFuel), c => c == "fuel_entry");
        Assert.Contains($"{afterFuel.GetProperty("completeness_score").GetInt32()}%", passport.Text.Replace(" %", "%"));
    }

    [Fact]
    public async Task The_passport_and_garage_screens_serve_the_passport_the_save_kept()
    {
        await _world.SayAsync(Owner, "/mileage");
        var saved = await _world.SayAsync(Owner, "51 200");
        var kept = await KeptAsync();

        var passport = await _world.SayAsync(Owner, "/passport");
        var menu = await _world.TapAsync(Owner, passport, "Garage");
        await _world.SayAsync(Owner, "/garage");

        Assert.Contains("Passport quality", saved.Text);
        Assert.Contains("Golf", menu.Text);
        Assert.Same(kept, await KeptAsync());
    }

    private async Task<CachedPassport> KeptAsync()
    {
        var version = await _world.DbAsync(db =>
            db.VehicleScores.Where(s => s.VehicleId == _car).Select(s => s.Version).SingleAsync()
        );
        var kept = _world.Service<PassportCache>().Find(_car, version, DateTime.UtcNow);
        Assert.NotNull(kept);
        return kept;
    }

    private HttpClient MiniApp()
    {
        var client = _world.Host.CreateClient();
        var initData = InitDataSigner.ForUser(FakeBotApi.Token, Owner, "Owner", "en", DateTimeOffset.UtcNow);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("tma", initData);
        return client;
    }

    private async Task<JsonElement> ScoreAsync(HttpClient app)
    {
        var response = await app.GetAsync($"/api/my/vehicles/{_car}/score");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static IEnumerable<string> Codes(JsonElement score) =>
        score.GetProperty("missing_items").EnumerateArray().Select(m => m.GetProperty("code").GetString()!);
}
