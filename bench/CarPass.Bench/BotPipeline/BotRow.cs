using CarPass.Bench.Report;
using CarPass.Bench.Seeding;
using CarPass.Bot.Loop;
using CarPass.Data.Persistence;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;

namespace CarPass.Bench.BotPipeline;

/// <summary>
/// Owners' updates through the fake Bot API and the real handlers on SQLite, against the same
/// loop with a handler that does nothing.
/// </summary>
public static class BotRow
{
    public static async Task<ResultRow> RunAsync(string work, bool smoke, CancellationToken ct)
    {
        var (owners, rounds) = smoke ? (10, 1) : (50, 12);
        var database = SqliteFile.Fresh(Path.Combine(work, "bot"), "carpass.db");
        await using var api = await FakeBotApi.StartAsync();
        await using var host = new BotHost($"Data Source={database}", api.BaseUrl);
        var vehicles = await SeedOwnersAsync(host.Services, owners, ct);
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, api.BaseUrl));
        var limit = TimeSpan.FromMinutes(2);

        var script = OwnerScript.Build(vehicles, rounds);
        api.Enqueue(script);
        var idle = await new BenchLoop(bot, (_, _) => Task.CompletedTask).RunAsync(script.Count, limit, ct);
        Console.WriteLine($"  no-op handler: {idle}");

        api.Enqueue(OwnerScript.Build(vehicles, rounds));
        var dispatcher = host.Services.GetRequiredService<UpdateDispatcher>();
        var repliesBefore = api.Replies;
        var real = await new BenchLoop(bot, dispatcher.ProcessAsync).RunAsync(script.Count, limit, ct);
        Console.WriteLine($"  real handlers: {real}");
        var (fills, processed) = await CountAsync(host.Services, ct);
        SqliteConnection.ClearAllPools();
        var complete = fills == owners * rounds && processed == script.Count;

        return new ResultRow(
            "bot pipeline",
            $"{script.Count:N0} owner updates from {owners} chats (mileage, fuel, passport, buttons) through the fake Bot API, real handlers, SQLite",
            $"**{real.PerSecond:N0} updates/s**, handling p50 {Stats.Ms(real.P50)}, p99 **{Stats.Ms(real.P99)}**",
            $"same loop, no-op handler: {idle.PerSecond:N0} updates/s",
            $"{Stats.Percent(real.PerSecond / idle.PerSecond)} of the no-op loop",
            "≥ 500 updates/s sustained; p99 handling ≤ 50 ms",
            real.PerSecond >= 500 && real.P99 <= 50 && complete ? Verdict.Met : Verdict.Missed,
            $"Each update is one transaction (update id check, handler, use case, conversation state, processed mark); "
                + $"replies go to the fake Bot API after the commit ({api.Replies - repliesBefore:N0} replies). "
                + $"Checked after the run: {fills} fill-ups stored (expected {owners * rounds}), {processed} updates marked processed (expected {script.Count})."
        );
    }

    private static async Task<List<Guid>> SeedOwnersAsync(IServiceProvider services, int owners, CancellationToken ct)
    {
        var vehicles = new List<Guid>();
        for (var i = 0; i < owners; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserUseCases>();
            var user = (
                await users.EnsureAsync(
                    new TelegramProfile(OwnerScript.FirstOwner + i, $"Owner{i}", LanguageCode: "en"),
                    false,
                    ct
                )
            ).Value!;
            var draft = new VehicleDraft($"Car {i}", "Lada", "Vesta", 2019, OdometerKm: 10_000);
            var car = await scope.ServiceProvider.GetRequiredService<VehicleUseCases>().AddAsync(user.Id, draft, ct);
            vehicles.Add(car.Value?.Id ?? throw new InvalidOperationException($"Adding a car failed: {car.Error}"));
        }
        return vehicles;
    }

    private static async Task<(int Fills, int Processed)> CountAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
        return (await db.FuelEntries.CountAsync(ct), await db.ProcessedUpdates.CountAsync(ct));
    }
}
