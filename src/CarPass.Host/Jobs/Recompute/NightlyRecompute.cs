using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Jobs.Recompute;

/// <summary>
/// Refreshes every stored score through the write path, for whatever the event-driven recompute
/// missed (time passing turns reminders overdue with no write at all). Batches keep each
/// transaction short, so the bot's writes are never held up for long.
/// </summary>
public sealed class NightlyRecompute(CarPassDbContext db, WriteRunner writes)
{
    public const int BatchSize = 100;

    public async Task<(int Vehicles, int Centres)> RunAsync(CancellationToken ct)
    {
        var vehicles = await db.Vehicles.Where(v => v.State == VehicleState.Active).Select(v => v.Id).ToListAsync(ct);
        var centres = await db.ServiceCenters.Select(c => c.Id).ToListAsync(ct);
        foreach (var batch in vehicles.Chunk(BatchSize))
            await RecomputeAsync(batch, [], ct);
        foreach (var batch in centres.Chunk(BatchSize))
            await RecomputeAsync([], batch, ct);
        return (vehicles.Count, centres.Count);
    }

    private async Task RecomputeAsync(Guid[] vehicles, Guid[] centres, CancellationToken ct)
    {
        var outcome = await writes.RunAsync<int>(
            null,
            (scope, _) =>
            {
                foreach (var id in vehicles)
                    scope.RecomputeVehicle(id);
                foreach (var id in centres)
                    scope.RecomputeCenter(id);
                scope.Record(
                    "scores.recomputed",
                    "Scores",
                    null,
                    data: new { vehicles = vehicles.Length, centres = centres.Length }
                );
                return Task.FromResult<Domain.Common.Outcome<int>>(vehicles.Length + centres.Length);
            },
            ct
        );
        if (!outcome.IsSuccess)
            throw new InvalidOperationException($"Recompute refused: {outcome.Error}");
    }
}
