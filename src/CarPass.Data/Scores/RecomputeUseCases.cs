using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>
/// An operator's (or the nightly job's) recompute: stored scores refreshed and achievements
/// evaluated through the write path. Vehicles go in batches of <see cref="BatchSize"/>, each one
/// write of its own, so other writers (the bot's updates) get their turn between batches instead
/// of waiting for the whole garage; vehicles are taken in the order of their owners, so an owner's
/// cars are scored in one batch and their garage once. A batch that fails leaves the earlier ones
/// done (a recompute can always run again). Unknown ids are skipped.
/// </summary>
/// <param name="batchSize">Vehicles per write; smaller in tests.</param>
public sealed class RecomputeUseCases(
    WriteRunner writes,
    CarPassDbContext db,
    VehicleAccessReader access,
    TimeProvider clock,
    int batchSize = RecomputeUseCases.BatchSize
)
{
    public const int BatchSize = 200;

    public async Task<Outcome<RecomputeSummary>> RecomputeAsync(RecomputeTargets targets, CancellationToken ct)
    {
        var unlocksBefore = await db.UserAchievements.CountAsync(ct);
        var vehicles = await VehiclesByOwnerAsync(targets, ct);
        var centers = await (
            targets.All ? db.ServiceCenters : db.ServiceCenters.Where(c => targets.ServiceCenterIds.Contains(c.Id))
        )
            .Select(c => c.Id)
            .ToListAsync(ct);
        var users = await db.Users.Where(u => targets.UserIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        foreach (var batch in vehicles.Chunk(batchSize))
        {
            var done = await writes.RunAsync<int>(
                null,
                (scope, _) =>
                {
                    foreach (var id in batch)
                        scope.RecomputeVehicle(id);
                    return Task.FromResult<Outcome<int>>(batch.Length);
                },
                ct
            );
            if (done.Error is { } error)
                return error;
        }
        var outcome = await writes.RunAsync<RecomputeSummary>(
            null,
            (scope, _) =>
            {
                centers.ForEach(scope.RecomputeCenter);
                users.ForEach(scope.RecomputeUser);
                scope.Record(
                    "scores.recomputed",
                    "Scores",
                    null,
                    data: new
                    {
                        vehicles = vehicles.Count,
                        centers = centers.Count,
                        users = users.Count,
                        all = targets.All,
                    }
                );
                return Task.FromResult<Outcome<RecomputeSummary>>(
                    new RecomputeSummary(vehicles.Count, centers.Count, users.Count, 0)
                );
            },
            ct
        );
        if (outcome.Value is not { } summary)
            return outcome;
        return summary with { UnlocksAdded = await db.UserAchievements.CountAsync(ct) - unlocksBefore };
    }

    /// <summary>The vehicles to recompute, grouped by owner (vehicles without one last).</summary>
    private async Task<List<Guid>> VehiclesByOwnerAsync(RecomputeTargets targets, CancellationToken ct)
    {
        var chosen = targets.All
            ? db.Vehicles.Where(v => v.State == VehicleState.Active)
            : db.Vehicles.Where(v => targets.VehicleIds.Contains(v.Id));
        var owners = access.LiveGrants(clock.GetUtcNow().UtcDateTime).Where(g => g.Role == AccessRole.Owner);
        var ordered = await (
            from v in chosen
            join g in owners on v.Id equals g.VehicleId into grants
            from g in grants.DefaultIfEmpty()
            orderby g == null, g!.UserId, v.Id
            select v.Id
        ).ToListAsync(ct);
        return [.. ordered.Distinct()];
    }
}
