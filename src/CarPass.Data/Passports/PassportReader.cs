using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Owners;

namespace CarPass.Data.Passports;

/// <summary>
/// The read side shared by the bot and the HTTP API, served from the passport read model: every
/// read checks access and reads the passport's version in one statement, and takes the passport
/// kept for that version (<see cref="PassportCache"/>); only a vehicle changed since it was last
/// scored, or whose reminders' dates have since been reached, is scored again (<see cref="PassportLoader"/>).
/// </summary>
public sealed class PassportReader(CarPassDbContext db, PassportCache cache, PassportLoader loader, TimeProvider clock)
{
    public async Task<PassportView?> VehicleAsync(Guid userId, Guid vehicleId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await ReadableVehicles.OneAsync(db, userId, vehicleId, now, ct) is not { } found)
            return null;
        var passport =
            cache.Find(vehicleId, found.Version, now)
            ?? (
                await loader.LoadAsync(new Dictionary<Guid, Guid?> { [vehicleId] = found.Version }, now, ct)
            ).GetValueOrDefault(vehicleId);
        return passport is null
            ? null
            : new PassportView(found.Vehicle, passport.Passport, passport.NextActions, passport.PendingVisits);
    }

    /// <summary>The ids of the user's active vehicles, in the order they were added (no scoring).</summary>
    public async Task<List<Guid>> VehicleIdsAsync(Guid userId, CancellationToken ct) =>
        [
            .. (await ReadableVehicles.ActiveAsync(db, userId, clock.GetUtcNow().UtcDateTime, ct)).Select(v =>
                v.Vehicle.Id
            ),
        ];

    /// <summary>The user's active vehicles (owned, co-owned or shared with them), in the order they were added.</summary>
    public async Task<GarageView> GarageAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var vehicles = await ReadableVehicles.ActiveAsync(db, userId, now, ct);
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
