using System.Diagnostics;
using CarPass.Bench.Report;
using CarPass.Bench.Seeding;
using CarPass.Data.Notifications;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Bench.Jobs;

/// <summary>
/// The maintenance sweep (the body of the hourly maintenance-sweep job) over a synthetic garage,
/// timed; its outbox checked row by row against <see cref="SweepExpectation"/>, and a second sweep
/// checked to queue nothing.
/// </summary>
public static class SweepRow
{
    /// <summary>Issue 10's limit for 100,000 vehicles, kept for the smoke run's small garage too.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static async Task<ResultRow> RunAsync(string work, int vehicles, CancellationToken ct)
    {
        var path = SqliteFile.Fresh(work, $"sweep-{vehicles}.db");
        var clock = Stopwatch.StartNew();
        await SyntheticGarage.CreateAsync(path, vehicles, ct);
        Console.WriteLine($"  seeded {vehicles:N0} vehicles in {clock.Elapsed.TotalSeconds:F1} s");

        await using var services = DataServices.Build($"Data Source={path}");
        await WarmUpAsync(services, ct);
        clock.Restart();
        var expected = SweepExpectation.Expected(path, DateTime.UtcNow);
        var expecting = clock.Elapsed;
        var (first, firstTime) = await SweepAsync(services, ct);
        var (second, secondTime) = await SweepAsync(services, ct);
        var queued = SweepExpectation.Queued(path);
        SqliteFile.Delete(path);

        var missing = expected.Except(queued).Count();
        var unexpected = queued.Except(expected).Count();
        var exact = missing == 0 && unexpected == 0 && queued.Count == expected.Count && first.Queued == queued.Count;
        var overdue = queued.Count(q => q.Kind == nameof(Domain.Notifications.NotificationKind.MaintenanceOverdue));
        return new ResultRow(
            "sweep",
            $"maintenance sweep over {vehicles:N0} vehicles, 3 reminders each (the recompute row's synthetic garage)",
            $"**{Seconds(firstTime)}**; {queued.Count:N0} rows for {expected.Count:N0} expected: {missing} missing, "
                + $"{unexpected} unexpected; again: {Seconds(secondTime)}, {second.Queued} rows",
            "– (rows checked against a plain SQL query)",
            "–",
            $"≤ {Deadline.TotalSeconds:F0} s; outbox rows exactly as expected",
            firstTime <= Deadline && exact && second.Queued == 0 ? Verdict.Met : Verdict.Missed,
            $"The first sweep, over an empty outbox, is the one timed: {overdue:N0} overdue and "
                + $"{queued.Count - overdue:N0} due-soon rows, compared as (vehicle, kind) pairs with the query's "
                + $"({Seconds(expecting)}), which shares no code with the sweep. The second sweep, as the next hour's, "
                + "reads all those rows as history and must queue none.",
            exact && second.Queued == 0
                ? null
                : $"{queued.Count} rows for {expected.Count} expected ({missing} missing, {unexpected} unexpected); "
                    + $"the second sweep queued {second.Queued}"
        );
    }

    /// <summary>The EF model built, as in a host that has served requests before its hourly job.</summary>
    private static async Task WarmUpAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CarPassDbContext>().Outbox.AnyAsync(ct);
    }

    private static async Task<(SweepSummary Summary, TimeSpan Elapsed)> SweepAsync(
        IServiceProvider services,
        CancellationToken ct
    )
    {
        await using var scope = services.CreateAsyncScope();
        var sweep = scope.ServiceProvider.GetRequiredService<NudgeSweep>();
        var clock = Stopwatch.StartNew();
        var summary = await sweep.RunAsync(ct);
        var elapsed = clock.Elapsed;
        Console.WriteLine(
            $"  swept {summary.Vehicles:N0} vehicles in {elapsed.TotalSeconds:F1} s, {summary.Queued:N0} nudges queued"
        );
        return (summary, elapsed);
    }

    private static string Seconds(TimeSpan t) => $"{t.TotalSeconds:F1} s";
}
