using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Visits;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>Reads the immutable snapshots the scoring library works on.</summary>
public sealed class SnapshotReader(CarPassDbContext db, VehicleAccessReader access)
{
    /// <summary>How many vehicles one batched read covers: bounded so its id list stays a short parameter list.</summary>
    public const int BatchSize = 500;

    public async Task<VehicleSnapshot?> ReadVehicleAsync(Guid vehicleId, DateTime nowUtc, CancellationToken ct) =>
        (await ReadVehiclesAsync([vehicleId], nowUtc, ct)).GetValueOrDefault(vehicleId);

    /// <summary>
    /// The snapshots of these vehicles, seven queries (one per table) for every <see cref="BatchSize"/>
    /// of them, whatever their number; ids of vehicles that do not exist are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, VehicleSnapshot>> ReadVehiclesAsync(
        IReadOnlyCollection<Guid> vehicleIds,
        DateTime nowUtc,
        CancellationToken ct
    ) => (await ReadOwnedVehiclesAsync(vehicleIds, nowUtc, ct)).Snapshots;

    /// <summary>The same snapshots with the owner of each vehicle that has one, read on the way.</summary>
    public async Task<OwnedSnapshots> ReadOwnedVehiclesAsync(
        IReadOnlyCollection<Guid> vehicleIds,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var batches = new List<OwnedSnapshots>();
        foreach (var batch in vehicleIds.Chunk(BatchSize))
            batches.Add(await VehicleSnapshotReader.ReadAsync(db, access, batch, nowUtc, ct));
        return batches.Count == 1 ? batches[0] : OwnedSnapshots.Merge(batches);
    }

    public async Task<ServiceCenterSnapshot?> ReadServiceCenterAsync(
        Guid centerId,
        DateTime nowUtc,
        CancellationToken ct
    ) => (await ReadServiceCentersAsync([centerId], nowUtc, ct)).GetValueOrDefault(centerId);

    /// <summary>The snapshots of these centres, six queries for every <see cref="BatchSize"/> of them; unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, ServiceCenterSnapshot>> ReadServiceCentersAsync(
        IReadOnlyCollection<Guid> centerIds,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var all = new Dictionary<Guid, ServiceCenterSnapshot>();
        foreach (var batch in centerIds.Chunk(BatchSize))
        foreach (var (id, snapshot) in await CenterSnapshotReader.ReadAsync(db, access, batch, nowUtc, ct))
            all[id] = snapshot;
        return all;
    }
}
