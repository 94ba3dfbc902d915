using System.Diagnostics;
using CarPass.Bench.BotPipeline;
using CarPass.Bench.Report;
using CarPass.Bench.Seeding;
using CarPass.Bot.Notifications;
using CarPass.Data.Notifications;
using CarPass.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPass.Bench.Jobs;

/// <summary>
/// The nudge sender (the body of the notification-sender job) draining queued nudges through the
/// real host's pacer and its own bot client into the fake Bot API, which times each arrival.
/// </summary>
public static class SenderRow
{
    private const double Tolerance = 0.05;

    public static async Task<ResultRow> RunAsync(string work, int rows, CancellationToken ct)
    {
        var chats = Math.Min(rows, 1_000);
        var database = SqliteFile.Fresh(Path.Combine(work, "sender"), "carpass.db");
        await using var api = await FakeBotApi.StartAsync();
        await using var host = new BotHost($"Data Source={database}", api.BaseUrl);
        await NudgeQueue.QueueAsync(host.Services, rows, chats, ct);
        var configured = host.Services.GetRequiredService<IOptions<NotificationOptions>>().Value.GlobalPerSecond;

        var clock = Stopwatch.StartNew();
        var summary = await host.Services.GetRequiredService<NudgeSender>().DrainAsync(ct);
        var drained = clock.Elapsed;
        Console.WriteLine($"  drained in {drained.TotalSeconds:F1} s: {summary}");
        var sends = SendTimeline.Of(api.Sent);
        var (sent, claimedOnce) = await CountSentAsync(host.Services, ct);
        SqliteConnection.ClearAllPools();

        var allSent = sends.Sends == rows && sent == rows && claimedOnce == rows;
        var met =
            sends.PerSecond >= configured * (1 - Tolerance)
            && sends.BusiestSecond <= configured
            && sends.Duplicates == 0
            && allSent;
        return new ResultRow(
            "sender",
            $"{rows:N0} queued nudges to {chats:N0} chats through the fake Bot API, real sender and pacer, SQLite",
            $"**{sends.PerSecond:F1} msg/s**; at most {sends.BusiestSecond} in any second; "
                + $"{sends.Duplicates} duplicates",
            $"configured {configured}/s (`Notifications:GlobalPerSecond`), under Telegram's 25–30 msg/s",
            $"{sends.PerSecond / configured * 100:F1} % of the configured rate",
            "within 5 % of the configured rate, never above it, 0 duplicates",
            met ? Verdict.Met : Verdict.Missed,
            "Rate over the whole seconds from the first arrival at the fake Bot API; busiest second: the most "
                + $"arrivals in any one-second window. The drain took {drained.TotalSeconds:F1} s with its claims; "
                + $"{sends.Sends:N0} messages arrived, {sent:N0} rows marked sent, {claimedOnce:N0} of them claimed "
                + $"once (expected {rows:N0} each); shortest gap between two sends to one chat "
                + $"{Gap(sends.ShortestChatGapSeconds)} (limit 1 s).",
            allSent && sends.Duplicates == 0 && sends.BusiestSecond <= configured
                ? null
                : $"{sends.Sends} of {rows} nudges arrived ({sent} marked sent, {claimedOnce} claimed once), "
                    + $"{sends.Duplicates} duplicates, at most {sends.BusiestSecond} in a second (configured {configured})"
        );
    }

    private static async Task<(int Sent, int ClaimedOnce)> CountSentAsync(
        IServiceProvider services,
        CancellationToken ct
    )
    {
        await using var scope = services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<CarPassDbContext>().Outbox;
        var sent = outbox.Where(o => o.Status == OutboxStatus.Sent);
        return (await sent.CountAsync(ct), await sent.CountAsync(o => o.Attempts == 1, ct));
    }

    private static string Gap(double? seconds) => seconds is { } s ? $"{s:F2} s" : "– (one send per chat)";
}
