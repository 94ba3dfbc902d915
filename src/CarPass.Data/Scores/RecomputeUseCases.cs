using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>
/// An operator's (or a job's) recompute: stored scores refreshed and achievements evaluated through
/// the write path, so it is one transaction like every write. Unknown ids are skipped.
/// </summary>
public sealed class RecomputeUseCases(WriteRunner writes, CarPassDbContext db)
{
    public async Task<Outcome<RecomputeSummary>> RecomputeAsync(RecomputeTargets targets, CancellationToken ct)
    {
        var unlocksBefore = 0;
        var outcome = await writes.RunAsync<RecomputeSummary>(
            null,
            async (scope, token) =>
            {
                var data = scope.Db;
                unlocksBefore = await data.UserAchievements.CountAsync(token);
                var vehicles = await (
                    targets.All
                        ? data.Vehicles.Where(v => v.State == VehicleState.Active)
                        : data.Vehicles.Where(v => targets.VehicleIds.Contains(v.Id))
                )
                    .Select(v => v.Id)
                    .ToListAsync(token);
                var centers = await (
                    targets.All
                        ? data.ServiceCenters
                        : data.ServiceCenters.Where(c => targets.ServiceCenterIds.Contains(c.Id))
                )
                    .Select(c => c.Id)
                    .ToListAsync(token);
                var users = await data
                    .Users.Where(u => targets.UserIds.Contains(u.Id))
                    .Select(u => u.Id)
                    .ToListAsync(token);
                vehicles.ForEach(scope.RecomputeVehicle);
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
                return new RecomputeSummary(vehicles.Count, centers.Count, users.Count, 0);
            },
            ct
        );
        if (outcome.Value is not { } summary)
            return outcome;
        return summary with { UnlocksAdded = await db.UserAchievements.CountAsync(ct) - unlocksBefore };
    }
}
