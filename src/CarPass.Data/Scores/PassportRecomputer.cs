using System.Text.Json;
using CarPass.Data.Access;
using CarPass.Data.Achievements;
using CarPass.Data.Passports;
using CarPass.Data.Persistence;
using CarPass.Data.WritePath;
using CarPass.Domain.Owners;
using CarPass.Domain.Scoring;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>
/// Recomputes what a write touched: vehicle passports, then centre trust, then each affected
/// owner's garage — storing the results and unlocking achievements once. Vehicles and owners are
/// read in batches (a handful of queries per batch, not per vehicle), so one write and a recompute
/// of every vehicle take the same path; each batch is saved as it completes.
/// </summary>
/// <param name="batchSize">Vehicles (and owners) per batch, at most <see cref="SnapshotReader.BatchSize"/>; smaller in tests.</param>
public sealed class PassportRecomputer(
    SnapshotReader reader,
    VehicleAccessReader access,
    AchievementUnlocker unlocker,
    PassportCache cache,
    int batchSize = SnapshotReader.BatchSize
)
{
    private readonly WrittenVehicles _written = new(reader, access);

    public async Task RecomputeAsync(WriteScope scope, CancellationToken ct)
    {
        var ownersDone = new HashSet<Guid>();
        foreach (var batch in scope.AffectedVehicles.ToList().Chunk(batchSize))
            await RecomputeVehiclesAsync(scope, batch, ownersDone, ct);
        foreach (var batch in scope.AffectedCenters.ToList().Chunk(batchSize))
            await RecomputeCentersAsync(scope, batch, ct);
        var owners = scope.AffectedUsers.Where(u => !ownersDone.Contains(u)).ToList();
        foreach (var batch in owners.Chunk(batchSize))
            await RecomputeOwnersAsync(scope, batch, new Dictionary<Guid, Scored>(), ownersDone, ct);
    }

    /// <summary>
    /// One batch of vehicles; then their owners' garages, while the batch's snapshots are at hand
    /// (an owner's other vehicles are read too), so no garage is read twice. Every vehicle's stored
    /// row gets the write's version; the passports of a small write are kept for the reads that follow
    /// (the bot's reply after a save), and their snapshots for the next write, under that version.
    /// </summary>
    private async Task RecomputeVehiclesAsync(
        WriteScope scope,
        Guid[] vehicleIds,
        HashSet<Guid> ownersDone,
        CancellationToken ct
    )
    {
        await VersionLock.TakeAsync(scope.Db, vehicleIds, ct);
        var rows = await WrittenVehicles.StoredRowsAsync(scope.Db, vehicleIds, ct);
        var (snapshots, owners) = await _written.SnapshotsAsync(scope, vehicleIds, rows, ct);
        var unlocked = await unlocker.VehicleUnlocksAsync(scope, snapshots.Keys, ct);
        var scored = new Dictionary<Guid, Scored>();
        var keep = scope.AffectedVehicles.Count <= PassportCache.MaxKeptPerWrite;
        var recheckedOnly = new List<Guid>();
        foreach (var snapshot in snapshots.Values)
        {
            var passport = PassportScorer.Score(snapshot, scope.Now);
            scored[snapshot.VehicleId] = new Scored(snapshot, passport);
            if (keep)
            {
                cache.Keep(snapshot.VehicleId, CachedPassport.Of(scope.Version, snapshot, passport));
                scope.Histories.Keep(scope.Version, snapshot);
            }
            if (Store(scope, rows, passport, oneByOne: keep) is { } unchanged)
                recheckedOnly.Add(unchanged);
            if (owners.TryGetValue(snapshot.VehicleId, out var ownerId))
            {
                await unlocker.UnlockForVehicleAsync(scope, ownerId, snapshot, passport, unlocked, ct);
                scope.RecomputeUser(ownerId);
            }
        }
        var pending = owners.Values.Distinct().Where(o => !ownersDone.Contains(o)).ToList();
        foreach (var batch in pending.Chunk(batchSize))
            await RecomputeOwnersAsync(scope, batch, scored, ownersDone, ct);
        await SaveBatchAsync(scope, ct);
        if (recheckedOnly.Count > 0)
            await scope
                .Db.VehicleScores.Where(s => recheckedOnly.Contains(s.VehicleId))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(x => x.ComputedAt, scope.Now).SetProperty(x => x.Version, scope.Version),
                    ct
                );
    }

    private async Task RecomputeCentersAsync(WriteScope scope, Guid[] centerIds, CancellationToken ct)
    {
        var snapshots = await reader.ReadServiceCentersAsync(centerIds, scope.Now, ct);
        var rows = await scope
            .Db.ServiceCenterScores.Where(s => centerIds.Contains(s.ServiceCenterId))
            .ToDictionaryAsync(s => s.ServiceCenterId, ct);
        var unlocked = await unlocker.CenterUnlocksAsync(scope, snapshots.Keys, ct);
        foreach (var snapshot in snapshots.Values)
        {
            var trust = TrustScorer.Score(snapshot);
            if (!rows.TryGetValue(snapshot.ServiceCenterId, out var row))
                scope.Db.ServiceCenterScores.Add(
                    row = new ServiceCenterScore { ServiceCenterId = snapshot.ServiceCenterId }
                );
            row.TrustScore = trust.Score;
            row.TrustLevel = trust.Level;
            row.ConfirmedVisitsCount = trust.ConfirmedVisits;
            row.ConfirmationRate = trust.ConfirmationRate;
            row.DisputeRate = trust.DisputeRate;
            row.ComputedAt = scope.Now;
            await unlocker.UnlockForServiceCenterAsync(scope, snapshot, trust, unlocked, ct);
        }
    }

    /// <summary>Owner levels of a batch of users, from the snapshots of all their active vehicles.</summary>
    private async Task RecomputeOwnersAsync(
        WriteScope scope,
        Guid[] userIds,
        IReadOnlyDictionary<Guid, Scored> known,
        HashSet<Guid> ownersDone,
        CancellationToken ct
    )
    {
        var garages = await access.GaragesOfAsync(userIds, scope.Now, ct);
        var vehicles = await ScoredAsync(scope, garages.SelectMany(g => g).Distinct().ToList(), known, ct);
        var unlocked = await unlocker.UserUnlocksAsync(scope, userIds, ct);
        foreach (var userId in userIds)
        {
            var garage = garages[userId].Where(vehicles.ContainsKey).Select(id => vehicles[id]).ToList();
            var level = OwnerLevelCalculator.Compute([.. garage.Select(g => (g.Snapshot, g.Passport))], scope.Now);
            await unlocker.UnlockForUserAsync(scope, userId, level, unlocked, ct);
            ownersDone.Add(userId);
        }
    }

    /// <summary>Snapshots and passports of these vehicles: those at hand, the others read and scored.</summary>
    private async Task<Dictionary<Guid, Scored>> ScoredAsync(
        WriteScope scope,
        List<Guid> vehicleIds,
        IReadOnlyDictionary<Guid, Scored> known,
        CancellationToken ct
    )
    {
        var all = vehicleIds.Where(known.ContainsKey).ToDictionary(id => id, id => known[id]);
        var unknown = vehicleIds.Where(id => !known.ContainsKey(id)).ToList();
        foreach (var (id, snapshot) in await reader.ReadVehiclesAsync(unknown, scope.Now, ct))
            all[id] = new Scored(snapshot, PassportScorer.Score(snapshot, scope.Now));
        return all;
    }

    /// <summary>
    /// Writes the passport's numbers and the write's version to its stored row (read untracked;
    /// tracked only when something in it changes). A row whose numbers did not change gets only its
    /// new computed_at and version: tracked, in a small write (<paramref name="oneByOne"/>); otherwise
    /// its id is returned and they are written with the others of the batch in one statement (every
    /// night nearly every row is such a row).
    /// </summary>
    private static Guid? Store(
        WriteScope scope,
        Dictionary<Guid, VehicleScore> rows,
        PassportResult passport,
        bool oneByOne
    )
    {
        var missing = JsonSerializer.Serialize(passport.Completeness.MissingItems, MissingItemsJson.Options);
        if (!rows.TryGetValue(passport.VehicleId, out var row))
            scope.Db.VehicleScores.Add(
                rows[passport.VehicleId] = row = new VehicleScore { VehicleId = passport.VehicleId }
            );
        else if (Unchanged(row, passport, missing))
        {
            if (!oneByOne)
                return row.VehicleId;
            scope.Db.VehicleScores.Attach(row);
            row.ComputedAt = passport.ComputedAt;
            row.Version = scope.Version;
            return null;
        }
        else
            scope.Db.VehicleScores.Attach(row);
        row.CompletenessScore = passport.Completeness.Score;
        row.ProfileQuality = passport.Completeness.Quality;
        row.MissingItems = missing;
        row.VerifiedHistoryScore = passport.History.Score;
        row.VerifiedHistoryStatus = passport.History.Status;
        row.TrustedRecords = passport.History.TrustedRecords;
        row.TotalRecords = passport.History.TotalRecords;
        row.MaintenanceHealthScore = passport.Maintenance.Score;
        row.MaintenanceStatus = passport.Maintenance.Status;
        row.ComputedAt = passport.ComputedAt;
        row.Version = scope.Version;
        return null;
    }

    private static bool Unchanged(VehicleScore row, PassportResult passport, string missing) =>
        row.CompletenessScore == passport.Completeness.Score
        && row.ProfileQuality == passport.Completeness.Quality
        && row.MissingItems == missing
        && row.VerifiedHistoryScore == passport.History.Score
        && row.VerifiedHistoryStatus == passport.History.Status
        && row.TrustedRecords == passport.History.TrustedRecords
        && row.TotalRecords == passport.History.TotalRecords
        && row.MaintenanceHealthScore == passport.Maintenance.Score
        && row.MaintenanceStatus == passport.Maintenance.Status;

    /// <summary>
    /// Saves a finished batch inside the write's transaction and lets go of its tracked rows, so a
    /// recompute of every vehicle holds one batch in memory, not all of them.
    /// </summary>
    private static async Task SaveBatchAsync(WriteScope scope, CancellationToken ct)
    {
        await scope.Db.SaveChangesAsync(ct);
        scope.Db.ChangeTracker.Clear();
    }

    private sealed record Scored(VehicleSnapshot Snapshot, PassportResult Passport);
}
