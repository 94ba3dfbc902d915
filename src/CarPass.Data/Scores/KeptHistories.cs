using CarPass.Data.Passports;
using CarPass.Domain.Vehicles;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CarPass.Data.Scores;

/// <summary>
/// The records of recently written vehicles as the passport rules read them (their snapshots), each
/// kept for one version and bounded by <see cref="ReadModelOptions.MaxKeptRecords"/> records in all.
/// A write that only adds records to a vehicle brings the snapshot kept for the version before it
/// forward by those records (<see cref="WritePath.AddedRecords"/>), instead of reading the vehicle's
/// whole history again while it holds the write lock. Any other write, or a version this process
/// did not keep, reads the history afresh.
/// </summary>
public sealed class KeptHistories : IDisposable
{
    private readonly MemoryCache _entries;

    public KeptHistories(IOptions<ReadModelOptions> options) =>
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.MaxKeptRecords) });

    /// <summary>The snapshot kept for exactly this version of the vehicle's records; null otherwise.</summary>
    public VehicleSnapshot? Find(Guid vehicleId, Guid? version) =>
        version is { } wanted && _entries.TryGetValue(vehicleId, out Kept? kept) && kept!.Version == wanted
            ? kept.Snapshot
            : null;

    public void Keep(Guid version, VehicleSnapshot snapshot) =>
        _entries.Set(
            snapshot.VehicleId,
            new Kept(version, snapshot),
            new MemoryCacheEntryOptions { Size = 1 + RecordsIn(snapshot) }
        );

    public void Dispose() => _entries.Dispose();

    private static int RecordsIn(VehicleSnapshot s) =>
        s.OdometerReadings.Count
        + s.FuelEntries.Count
        + s.ServiceEntries.Count
        + s.Visits.Count
        + s.Reminders.Count
        + s.ChargingSessions.Count;

    private sealed record Kept(Guid Version, VehicleSnapshot Snapshot);
}
