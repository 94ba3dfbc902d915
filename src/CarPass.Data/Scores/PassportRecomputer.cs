using System.Text.Json;
using CarPass.Data.Access;
using CarPass.Data.Achievements;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Owners;
using CarPass.Domain.Scoring;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>
/// Recomputes what a write touched: vehicle passports, then centre trust, then each affected
/// owner's garage — storing the results and unlocking achievements once.
/// </summary>
public sealed class PassportRecomputer(SnapshotReader reader, VehicleAccessQuery access, AchievementUnlocker unlocker)
{
    public async Task RecomputeAsync(WriteScope scope, CancellationToken ct)
    {
        foreach (var vehicleId in scope.AffectedVehicles.ToList())
            await RecomputeVehicleAsync(scope, vehicleId, ct);
        foreach (var centerId in scope.AffectedCenters.ToList())
            await RecomputeCenterAsync(scope, centerId, ct);
        foreach (var userId in scope.AffectedUsers.ToList())
            await RecomputeOwnerAsync(scope, userId, ct);
    }

    private async Task RecomputeVehicleAsync(WriteScope scope, Guid vehicleId, CancellationToken ct)
    {
        var snapshot = await reader.ReadVehicleAsync(vehicleId, scope.Now, ct);
        if (snapshot is null)
            return;
        var passport = PassportScorer.Score(snapshot, scope.Now);
        await StoreAsync(scope, passport, ct);
        if (await access.OwnerOfAsync(vehicleId, scope.Now, ct) is { } ownerId)
        {
            await unlocker.UnlockForVehicleAsync(scope, ownerId, snapshot, passport, ct);
            scope.RecomputeUser(ownerId);
        }
    }

    private async Task RecomputeCenterAsync(WriteScope scope, Guid centerId, CancellationToken ct)
    {
        var snapshot = await reader.ReadServiceCenterAsync(centerId, scope.Now, ct);
        if (snapshot is null)
            return;
        var trust = TrustScorer.Score(snapshot);
        var row = await scope.Db.ServiceCenterScores.FirstOrDefaultAsync(s => s.ServiceCenterId == centerId, ct);
        if (row is null)
            scope.Db.ServiceCenterScores.Add(row = new ServiceCenterScore { ServiceCenterId = centerId });
        row.TrustScore = trust.Score;
        row.TrustLevel = trust.Level;
        row.ConfirmedVisitsCount = trust.ConfirmedVisits;
        row.ConfirmationRate = trust.ConfirmationRate;
        row.DisputeRate = trust.DisputeRate;
        row.ComputedAt = scope.Now;
        await unlocker.UnlockForServiceCenterAsync(scope, snapshot, trust, ct);
    }

    private async Task RecomputeOwnerAsync(WriteScope scope, Guid userId, CancellationToken ct)
    {
        var vehicleIds = await access
            .LiveGrants(scope.Now)
            .Where(g => g.UserId == userId && g.Role == AccessRole.Owner)
            .Join(
                scope.Db.Vehicles.Where(v => v.State == VehicleState.Active),
                g => g.VehicleId,
                v => v.Id,
                (g, v) => v.Id
            )
            .ToListAsync(ct);
        var snapshots = new List<VehicleSnapshot>();
        foreach (var id in vehicleIds)
        {
            if (await reader.ReadVehicleAsync(id, scope.Now, ct) is { } snapshot)
                snapshots.Add(snapshot);
        }
        var passports = snapshots.Select(s => PassportScorer.Score(s, scope.Now)).ToList();
        var level = OwnerLevelCalculator.Compute(snapshots, passports, scope.Now);
        await unlocker.UnlockForUserAsync(scope, userId, level, ct);
    }

    private static async Task StoreAsync(WriteScope scope, PassportResult passport, CancellationToken ct)
    {
        var row = await scope.Db.VehicleScores.FirstOrDefaultAsync(s => s.VehicleId == passport.VehicleId, ct);
        if (row is null)
            scope.Db.VehicleScores.Add(row = new VehicleScore { VehicleId = passport.VehicleId });
        row.CompletenessScore = passport.Completeness.Score;
        row.ProfileQuality = passport.Completeness.Quality;
        row.MissingItems = JsonSerializer.Serialize(passport.Completeness.MissingItems, MissingItemsJson.Options);
        row.VerifiedHistoryScore = passport.History.Score;
        row.VerifiedHistoryStatus = passport.History.Status;
        row.TrustedRecords = passport.History.TrustedRecords;
        row.TotalRecords = passport.History.TotalRecords;
        row.MaintenanceHealthScore = passport.Maintenance.Score;
        row.MaintenanceStatus = passport.Maintenance.Status;
        row.ComputedAt = passport.ComputedAt;
    }
}
