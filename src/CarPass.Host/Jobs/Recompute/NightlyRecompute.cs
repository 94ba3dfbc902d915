using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Data.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Jobs.Recompute;

/// <summary>
/// Refreshes every stored score through the same recompute use case as the internal API, for
/// whatever the event-driven path missed (time passing turns reminders overdue with no write at
/// all). Batches keep each transaction short, so the bot's writes are never held up for long.
/// </summary>
public sealed class NightlyRecompute(CarPassDbContext db, RecomputeUseCases recompute)
{
    public const int BatchSize = 100;

    public async Task<(int Vehicles, int Centres)> RunAsync(CancellationToken ct)
    {
        var vehicles = await db.Vehicles.Where(v => v.State == VehicleState.Active).Select(v => v.Id).ToListAsync(ct);
        var centres = await db.ServiceCenters.Select(c => c.Id).ToListAsync(ct);
        foreach (var batch in vehicles.Chunk(BatchSize))
            await RecomputeAsync(new RecomputeTargets(batch, [], [], All: false), ct);
        foreach (var batch in centres.Chunk(BatchSize))
            await RecomputeAsync(new RecomputeTargets([], batch, [], All: false), ct);
        return (vehicles.Count, centres.Count);
    }

    private async Task RecomputeAsync(RecomputeTargets targets, CancellationToken ct)
    {
        var outcome = await recompute.RecomputeAsync(targets, ct);
        if (!outcome.IsSuccess)
            throw new InvalidOperationException($"Recompute refused: {outcome.Error}");
    }
}
