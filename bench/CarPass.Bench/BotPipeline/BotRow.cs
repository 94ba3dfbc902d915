using System.Diagnostics;
using System.Runtime;
using CarPass.Bench.Report;
using CarPass.Bench.Seeding;
using CarPass.Bot.Loop;
using CarPass.Bot.Setup;
using CarPass.Data.Persistence;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bench.BotPipeline;

/// <summary>
/// Owners' updates through the fake Bot API and the real handlers on SQLite, against the same
/// loop with a handler that does nothing. A first pass warms the process up (its figure is kept
/// as the cold start); then a burst measures how many updates a second the pipeline sustains, and
/// a fixed rate of 500 a second measures how long each update's handling takes at that load, and
/// the latency an owner sees, from the moment an update is due at the Bot API until its reply has
/// been sent.
/// </summary>
public static class BotRow
{
    private const int FixedRate = 500;

    /// <summary>Warm-up passes go on while the last one still had the JIT compile more than this many methods, up to <see cref="MaxWarmUpPasses"/>.</summary>
    private const int QuietJit = 100;

    private const int MaxWarmUpPasses = 4;

    public static async Task<ResultRow> RunAsync(string work, bool smoke, CancellationToken ct)
    {
        var (owners, rounds, fixedSeconds) = smoke ? (10, 1, 1) : (50, 12, 10);
        var database = SqliteFile.Fresh(Path.Combine(work, "bot"), "carpass.db");
        await using var api = await FakeBotApi.StartAsync();
        await using var host = new BotHost($"Data Source={database}", api.BaseUrl);
        var vehicles = await SeedOwnersAsync(host.Services, owners, ct);
        var bot = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, api.BaseUrl));
        var parallel = ParallelUpdates.For(
            host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value,
            host.Services.GetRequiredService<WriteGate>()
        );
        var limit = TimeSpan.FromMinutes(3);
        var clock = Stopwatch.StartNew();
        var perRound = owners * OwnerScript.UpdatesPerRound;

        var burst = OwnerScript.Build(vehicles, 0, rounds);
        api.Enqueue(burst);
        var idle = (
            await new BenchLoop(bot, (_, turns, ct) => turns.RunAsync(() => Task.CompletedTask, ct), parallel).RunAsync(
                burst.Count,
                limit,
                clock,
                ct
            )
        ).Handling();
        Console.WriteLine($"  no-op handler: {idle}");

        var dispatcher = host.Services.GetRequiredService<UpdateDispatcher>();
        var real = new BenchLoop(bot, dispatcher.ProcessAsync, parallel);
        var repliesBefore = api.Replies;
        api.Enqueue(burst);
        var jitBefore = JitInfo.GetCompiledMethodCount();
        var cold = (await real.RunAsync(burst.Count, limit, clock, ct)).Handling();
        Console.WriteLine($"  first pass after start (warm-up): {cold}");
        var (warmPasses, nextRound) = (1, rounds);
        // Warm means the JIT has gone quiet: its tier-up of the hot paths runs on the same two cores.
        while (!smoke && warmPasses < MaxWarmUpPasses && JitInfo.GetCompiledMethodCount() - jitBefore > QuietJit)
        {
            jitBefore = JitInfo.GetCompiledMethodCount();
            api.Enqueue(OwnerScript.Build(vehicles, nextRound, rounds));
            await real.RunAsync(burst.Count, limit, clock, ct);
            (warmPasses, nextRound) = (warmPasses + 1, nextRound + rounds);
        }
        var warmUpJit = JitInfo.GetCompiledMethodCount() - jitBefore;

        api.Enqueue(OwnerScript.Build(vehicles, nextRound, rounds));
        nextRound += rounds;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var memory = GcActivity.Start();
        jitBefore = JitInfo.GetCompiledMethodCount();
        var sustained = (await real.RunAsync(burst.Count, limit, clock, ct)).Handling();
        var cpuPerUpdate = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / burst.Count;
        var gc = memory.Per(burst.Count);
        var burstJit = JitInfo.GetCompiledMethodCount() - jitBefore;
        Console.WriteLine(
            $"  burst: {sustained}; {cpuPerUpdate:F2} ms of CPU per update; {gc}; "
                + $"warm-up passes {warmPasses} (the last compiled {warmUpJit} methods), {burstJit} compiled during the burst"
        );

        var fixedRounds = FixedRate * fixedSeconds / perRound;
        var paced = OwnerScript.Build(vehicles, nextRound, fixedRounds);
        var start = clock.Elapsed.TotalMilliseconds + 10;
        var due = paced.Select((u, i) => (u.Id, At: start + i * 1000.0 / FixedRate)).ToDictionary(d => d.Id, d => d.At);
        var feeding = FeedAsync(api, paced, due, clock);
        var pacedRun = await real.RunAsync(paced.Count, limit, clock, ct);
        await feeding;
        var (atRate, seen) = (pacedRun.Handling(), pacedRun.SinceDue(due));
        Console.WriteLine($"  at {FixedRate}/s, handling: {atRate}");
        Console.WriteLine($"  at {FixedRate}/s, due to replied: {seen}");

        var replies = api.Replies - repliesBefore;
        var (fills, processed) = await CountAsync(host.Services, ct);
        SqliteConnection.ClearAllPools();
        var expectedFills = owners * ((warmPasses + 1) * rounds + fixedRounds);
        var expectedProcessed = (warmPasses + 1) * burst.Count + paced.Count;
        var complete = fills == expectedFills && processed == expectedProcessed;

        return new ResultRow(
            "bot pipeline",
            $"{burst.Count:N0} owner updates from {owners} chats (mileage, fuel, passport, buttons) queued at once, then {paced.Count:N0} at {FixedRate} a second, through the fake Bot API, real handlers, SQLite",
            $"**{sustained.PerSecond:N0} updates/s**; at {FixedRate}/s handling p50 {Stats.Ms(atRate.P50)}, p99 **{Stats.Ms(atRate.P99)}** (due to replied: p50 {Stats.Ms(seen.P50)}, p99 {Stats.Ms(seen.P99)})",
            $"same loop, no-op handler: {idle.PerSecond:N0} updates/s",
            $"{Stats.Percent(sustained.PerSecond / idle.PerSecond)} of the no-op loop",
            "≥ 1,000 updates/s sustained; p99 handling ≤ 30 ms",
            sustained.PerSecond >= 1_000 && atRate.PerSecond >= 0.98 * FixedRate && atRate.P99 <= 30 && complete
                ? Verdict.Met
                : Verdict.Missed,
            $"After {warmPasses} warm-up pass(es) of {burst.Count:N0} updates, until the JIT has gone quiet (the first, just started: {cold.PerSecond:N0} updates/s, p99 {Stats.Ms(cold.P99)}; the last compiled {warmUpJit} methods, the burst {burstJit}). "
                + $"Burst: {burst.Count:N0} updates queued at once (handling p50 {Stats.Ms(sustained.P50)}, p99 {Stats.Ms(sustained.P99)}); "
                + $"the process (handlers, SQLite, the bot client and the fake Bot API) used {cpuPerUpdate:F2} ms of CPU per update. "
                + $"At {FixedRate}/s ({atRate.PerSecond:N0} handled a second): handling is timed from the start of an update's handler to its reply sent, including the wait for the database (max {Stats.Ms(atRate.Max)}); "
                + $"due to replied adds the fake Bot API's delivery and the loop's polling (max {Stats.Ms(seen.Max)}). "
                + $"{parallel} updates handled at once (one per core on SQLite). "
                + $"An update that saves is one transaction (update id check, handler, use case, conversation state, processed mark); one that only shows something or only moves a flow on to its next question runs without the write lock, then writes its mark (with the flow's new step) in one short transaction; replies go to the fake Bot API after the commit ({replies:N0} replies). "
                + $"Checked after the run: {fills} fill-ups stored (expected {expectedFills}), {processed} updates marked processed (expected {expectedProcessed}).",
            complete
                ? null
                : $"{fills} fill-ups for {expectedFills} expected, {processed} updates processed for {expectedProcessed}"
        );
    }

    /// <summary>Hands each update to the fake Bot API once it is due (a millisecond's granularity).</summary>
    private static async Task FeedAsync(
        FakeBotApi api,
        List<Update> updates,
        IReadOnlyDictionary<int, double> due,
        Stopwatch clock
    )
    {
        var next = 0;
        while (next < updates.Count)
        {
            var now = clock.Elapsed.TotalMilliseconds;
            var ready = new List<Update>();
            while (next < updates.Count && due[updates[next].Id] <= now)
                ready.Add(updates[next++]);
            if (ready.Count > 0)
                api.Enqueue(ready);
            await Task.Delay(1);
        }
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
