using System.Diagnostics;
using CarPass.Bench.Seeding;
using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Bench.Recompute;

/// <summary>One size: seed the file, time the plain read, then the operator's recompute of everything, twice.</summary>
public sealed record RecomputeRun(
    int Vehicles,
    TimeSpan Seed,
    TimeSpan PlainRead,
    TimeSpan FirstRecompute,
    TimeSpan Recompute
)
{
    public double Ratio => Recompute / PlainRead;

    public static async Task<RecomputeRun> MeasureAsync(string folder, int vehicles, CancellationToken ct)
    {
        var path = SqliteFile.Fresh(folder, $"recompute-{vehicles}.db");
        var clock = Stopwatch.StartNew();
        await SyntheticGarage.CreateAsync(path, vehicles, ct);
        var seed = clock.Elapsed;
        Console.WriteLine(
            $"  seeded {vehicles:N0} vehicles × {SyntheticGarage.RecordsPerVehicle} records in {seed.TotalSeconds:F1} s"
        );

        PlainTableRead.ReadAll(path); // warm the page cache, as the recompute runs warm too
        clock.Restart();
        PlainTableRead.ReadAll(path);
        var plain = clock.Elapsed;

        var connectionString = $"Data Source={path}";
        await using var services = DataServices.Build(connectionString);
        // The first pass stores every score and badge for the first time; the second is the nightly steady state.
        var first = await RecomputeAllAsync(services, vehicles, ct);
        var steady = await RecomputeAllAsync(services, vehicles, ct);
        SqliteFile.Delete(path);
        return new RecomputeRun(vehicles, seed, plain, first, steady);
    }

    private static async Task<TimeSpan> RecomputeAllAsync(IServiceProvider services, int vehicles, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var recompute = scope.ServiceProvider.GetRequiredService<RecomputeUseCases>();
        var clock = Stopwatch.StartNew();
        var outcome = await recompute.RecomputeAsync(new RecomputeTargets([], [], [], All: true), ct);
        var elapsed = clock.Elapsed;
        var stored = await scope.ServiceProvider.GetRequiredService<CarPassDbContext>().VehicleScores.CountAsync(ct);
        if (outcome.Value?.Vehicles != vehicles || stored != vehicles)
            throw new InvalidOperationException(
                $"Recompute covered {outcome.Value?.Vehicles} vehicles and stored {stored} scores, not {vehicles}."
            );
        Console.WriteLine(
            $"  recomputed {vehicles:N0} vehicles in {elapsed.TotalSeconds:F1} s ({outcome.Value.UnlocksAdded:N0} badges added)"
        );
        return elapsed;
    }
}
