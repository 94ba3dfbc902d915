using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.WritePath;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>
/// What the recompute of a batch of written vehicles starts from: their stored score rows, and their
/// snapshots after the write. A vehicle the write only added records to, whose snapshot was kept for
/// the version its stored row still holds (the records before this write), is brought forward by
/// those records (<see cref="KeptHistories"/>); the others are read.
/// </summary>
internal sealed class WrittenVehicles(SnapshotReader reader, VehicleAccessReader access)
{
    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], IAsyncEnumerable<VehicleScore>>
    > StoredScores = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] ids) => db.VehicleScores.AsNoTracking().Where(s => ids.Contains(s.VehicleId))
        )
    );

    private static readonly CompiledPerModel<Func<CarPassDbContext, Guid, Task<VehicleScore?>>> StoredScore = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid id) => db.VehicleScores.AsNoTracking().FirstOrDefault(s => s.VehicleId == id)
        )
    );

    /// <summary>The stored rows, read untracked; one vehicle's (every small write's) without a list parameter.</summary>
    public static async Task<Dictionary<Guid, VehicleScore>> StoredRowsAsync(
        CarPassDbContext db,
        Guid[] vehicleIds,
        CancellationToken ct
    )
    {
        if (vehicleIds.Length != 1)
            return await StoredScores
                .For(db)(db, vehicleIds)
                .ToDictionaryAsync(s => s.VehicleId, cancellationToken: ct);
        ct.ThrowIfCancellationRequested();
        return await StoredScore.For(db)(db, vehicleIds[0]) is { } row ? new() { [row.VehicleId] = row } : [];
    }

    /// <summary>The snapshots after this write, with the owners. Owners are always read: a grant can lapse without a write.</summary>
    public async Task<OwnedSnapshots> SnapshotsAsync(
        WriteScope scope,
        Guid[] vehicleIds,
        Dictionary<Guid, VehicleScore> rows,
        CancellationToken ct
    )
    {
        var forward = new List<(VehicleSnapshot Before, AddedRecords Added)>();
        var unread = new List<Guid>();
        foreach (var id in vehicleIds)
        {
            if (
                scope.OnlyAdded(id) is { } added
                && scope.Histories.Find(id, rows.GetValueOrDefault(id)?.Version) is { } before
            )
                forward.Add((before, added));
            else
                unread.Add(id);
        }
        if (forward.Count == 0)
            return await reader.ReadOwnedVehiclesAsync(vehicleIds, scope.Now, ct);
        var read = unread.Count > 0 ? await reader.ReadOwnedVehiclesAsync(unread, scope.Now, ct) : OwnedSnapshots.None;
        var owners = await access.OwnersOfAsync([.. forward.Select(f => f.Before.VehicleId)], scope.Now, ct);
        var brought = forward
            .Select(f => f.Added.OnTopOf(f.Before, owners.ContainsKey(f.Before.VehicleId), scope.Now))
            .ToDictionary(s => s.VehicleId);
        return OwnedSnapshots.Merge([read, new OwnedSnapshots(brought, owners)]);
    }
}
