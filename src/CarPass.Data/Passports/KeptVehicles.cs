using System.Collections.Concurrent;
using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Passports;

/// <summary>
/// Vehicle rows of one SQLite database, kept while the database has not changed since they were read
/// (<see cref="SqliteChanges"/>), so a passport read that found its passport kept reads no row
/// beyond its access check. Access is never kept here: the caller checks it first, on every read.
/// A kept row is shared by every reader and must not be changed.
/// </summary>
public sealed class KeptVehicles(SqliteChanges changes)
{
    /// <summary>About 0.5 KB a row: at most about 5 MB.</summary>
    public const int MaxVehicles = 10_000;

    private static readonly CompiledPerModel<Func<CarPassDbContext, Guid[], IAsyncEnumerable<Vehicle>>> Read = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] ids) => db.Vehicles.AsNoTracking().Where(v => ids.Contains(v.Id))
        )
    );

    private readonly ConcurrentDictionary<Guid, (long Epoch, Vehicle Vehicle)> _rows = new();

    /// <summary>
    /// The rows of <paramref name="ids"/> that exist, through <paramref name="db"/>, whose connection
    /// is open and outside a transaction.
    /// </summary>
    public async Task<Dictionary<Guid, Vehicle>> FindAsync(
        CarPassDbContext db,
        IReadOnlyList<Guid> ids,
        CancellationToken ct
    )
    {
        var epoch = changes.Observe((SqliteConnection)db.Database.GetDbConnection());
        var found = new Dictionary<Guid, Vehicle>(ids.Count);
        var missing = new List<Guid>();
        foreach (var id in ids)
        {
            if (_rows.TryGetValue(id, out var kept) && kept.Epoch == epoch)
                found[id] = kept.Vehicle;
            else
                missing.Add(id);
        }
        if (missing.Count == 0)
            return found;
        if (_rows.Count + missing.Count > MaxVehicles)
            _rows.Clear();
        await foreach (var vehicle in Read.For(db)(db, [.. missing]).WithCancellation(ct))
        {
            found[vehicle.Id] = vehicle;
            _rows[vehicle.Id] = (epoch, vehicle);
        }
        return found;
    }
}
