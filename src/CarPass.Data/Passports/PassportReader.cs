using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Owners;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Passports;

/// <summary>
/// The read side shared by the bot and the HTTP API, served from the passport read model: every
/// read checks access and reads the passport's version in one statement, and takes the passport
/// kept for that version (<see cref="PassportCache"/>); only a vehicle changed since it was last
/// scored, or whose reminders' dates have since been reached, is scored again (<see cref="PassportLoader"/>).
/// On SQLite, outside a transaction, the check is a statement kept prepared (<see cref="KeptAccess"/>),
/// its answer kept until the next write (<see cref="KeptGrants"/>),
/// and the vehicle's row is kept while the database has not changed (<see cref="KeptVehicles"/>).
/// </summary>
public sealed class PassportReader(
    CarPassDbContext db,
    PassportCache cache,
    PassportLoader loader,
    KeptVehicles keptVehicles,
    KeptGrants grants,
    TimeProvider clock
)
{
    public async Task<PassportView?> VehicleAsync(Guid userId, Guid vehicleId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!CanKeepStatements())
            return await ViewAsync(await ReadableVehicles.OneAsync(db, userId, vehicleId, now, ct), now, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var (readable, version) = grants.One(Connection, userId, vehicleId, now);
            if (!readable)
                return null;
            var rows = await keptVehicles.FindAsync(db, [vehicleId], ct);
            return await ViewAsync(
                rows.TryGetValue(vehicleId, out var vehicle) ? new VersionedVehicle(vehicle, version) : null,
                now,
                ct
            );
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The ids of the user's active vehicles, in the order they were added (no scoring).</summary>
    public async Task<List<Guid>> VehicleIdsAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!CanKeepStatements())
            return [.. (await ReadableVehicles.ActiveAsync(db, userId, now, ct)).Select(v => v.Vehicle.Id)];
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return [.. grants.Active(Connection, userId, now).Select(v => v.VehicleId)];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The user's active vehicles (owned, co-owned or shared with them), in the order they were added.</summary>
    public async Task<GarageView> GarageAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!CanKeepStatements())
            return await GarageOfAsync(await ReadableVehicles.ActiveAsync(db, userId, now, ct), now, ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var active = grants.Active(Connection, userId, now);
            var rows = await keptVehicles.FindAsync(db, [.. active.Select(v => v.VehicleId)], ct);
            var vehicles = active
                .Where(v => rows.ContainsKey(v.VehicleId))
                .Select(v => new VersionedVehicle(rows[v.VehicleId], v.Version))
                .ToList();
            return await GarageOfAsync(vehicles, now, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private SqliteConnection Connection => (SqliteConnection)db.Database.GetDbConnection();

    /// <summary>
    /// On SQLite, outside a transaction, a read runs its access check on a kept statement and takes
    /// vehicle rows kept while the database has not changed (<see cref="KeptVehicles"/>); inside
    /// one (the bot's write path, which may have changed the vehicle uncommitted) and on PostgreSQL
    /// it reads through compiled queries.
    /// </summary>
    private bool CanKeepStatements() => db.IsSqlite && db.Database.CurrentTransaction is null;

    private async Task<PassportView?> ViewAsync(VersionedVehicle? found, DateTime now, CancellationToken ct)
    {
        if (found is null)
            return null;
        var passport =
            cache.Find(found.Vehicle.Id, found.Version, now)
            ?? (
                await loader.LoadAsync(new Dictionary<Guid, Guid?> { [found.Vehicle.Id] = found.Version }, now, ct)
            ).GetValueOrDefault(found.Vehicle.Id);
        return passport is null
            ? null
            : new PassportView(
                found.Vehicle,
                passport.Passport,
                passport.NextActions,
                passport.PendingVisits,
                passport.Consumption
            );
    }

    private async Task<GarageView> GarageOfAsync(List<VersionedVehicle> vehicles, DateTime now, CancellationToken ct)
    {
        var passports = new Dictionary<Guid, CachedPassport>();
        var missing = new Dictionary<Guid, Guid?>();
        foreach (var (vehicle, version) in vehicles)
        {
            if (cache.Find(vehicle.Id, version, now) is { } kept)
                passports[vehicle.Id] = kept;
            else
                missing[vehicle.Id] = version;
        }
        if (missing.Count > 0)
            foreach (var (id, loaded) in await loader.LoadAsync(missing, now, ct))
                passports[id] = loaded;
        var shown = vehicles.Where(v => passports.ContainsKey(v.Vehicle.Id)).ToList();
        var cards = shown.Select(v => Card(v.Vehicle, passports[v.Vehicle.Id])).ToList();
        var level = OwnerLevelCalculator.Compute([.. shown.Select(v => passports[v.Vehicle.Id].Evidence)], now);
        return new GarageView(cards, level, now);
    }

    private static VehicleCard Card(Vehicle v, CachedPassport kept)
    {
        var p = kept.Passport;
        return new(
            v.Id,
            v.Name,
            v.Make,
            v.Model,
            v.Year,
            p.Completeness.Score,
            p.Completeness.Quality,
            p.Maintenance.Status,
            p.History.Status,
            p.Maintenance.Reminders.Count(r => r.Due is ReminderDue.Overdue or ReminderDue.DueSoon) + kept.PendingVisits
        );
    }
}
