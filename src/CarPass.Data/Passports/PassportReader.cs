using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Data.Vehicles;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Owners;
using CarPass.Domain.Scoring;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Passports;

/// <summary>
/// The read side shared by the bot and the HTTP API. Passports are scored fresh from the records
/// on every read (the rules are pure and cheap), so time-based states such as "overdue" are never
/// stale; the stored vehicle_scores serve jobs and are refreshed by writes and the nightly recompute.
/// </summary>
public sealed class PassportReader(
    CarPassDbContext db,
    VehicleAccessReader access,
    SnapshotReader snapshots,
    FreshPassports fresh,
    TimeProvider clock
)
{
    public async Task<PassportView?> VehicleAsync(Guid userId, Guid vehicleId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var vehicle = await access.FindReadableAsync(userId, vehicleId, now, ct);
        if (vehicle is null)
            return null;
        if (!fresh.TryGet(vehicleId, out var snapshot, out var passport))
        {
            if (await snapshots.ReadVehicleAsync(vehicleId, now, ct) is not { } read)
                return null;
            (snapshot, passport) = (read, PassportScorer.Score(read, now));
        }
        var next = passport
            .Completeness.MissingItems.Where(m => m.Attainable)
            .Take(PassportView.MaxNextActions)
            .ToList();
        var pending = snapshot.Visits.Count(v => v.Status == VisitStatus.PendingConfirmation);
        return new PassportView(vehicle, passport, next, pending);
    }

    /// <summary>The ids of the user's active vehicles, in the order they were added (no scoring).</summary>
    public Task<List<Guid>> VehicleIdsAsync(Guid userId, CancellationToken ct) =>
        Active(userId, clock.GetUtcNow().UtcDateTime).Select(v => v.Id).ToListAsync(ct);

    /// <summary>The user's active vehicles (owned, co-owned or shared with them), in the order they were added.</summary>
    public async Task<GarageView> GarageAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var vehicles = await Active(userId, now).ToListAsync(ct);
        var snapshotsById = await snapshots.ReadVehiclesAsync([.. vehicles.Select(v => v.Id)], now, ct);
        var cards = new List<VehicleCard>();
        var scored = new List<(Domain.Vehicles.VehicleSnapshot, PassportResult)>();
        foreach (var vehicle in vehicles)
        {
            if (!snapshotsById.TryGetValue(vehicle.Id, out var snapshot))
                continue;
            var passport = PassportScorer.Score(snapshot, now);
            scored.Add((snapshot, passport));
            cards.Add(Card(vehicle, passport, snapshot.Visits.Count(v => v.Status == VisitStatus.PendingConfirmation)));
        }
        var level = OwnerLevelCalculator.Compute(scored, now);
        return new GarageView(cards, level, now);
    }

    private IQueryable<Vehicle> Active(Guid userId, DateTime now)
    {
        var readable = access.ReadableVehicleIds(userId, now);
        return db
            .Vehicles.AsNoTracking()
            .Where(v => readable.Contains(v.Id) && v.State == VehicleState.Active)
            .OrderBy(v => v.CreatedAt);
    }

    private static VehicleCard Card(Vehicle v, PassportResult p, int pendingVisits) =>
        new(
            v.Id,
            v.Name,
            v.Make,
            v.Model,
            v.Year,
            p.Completeness.Score,
            p.Completeness.Quality,
            p.Maintenance.Status,
            p.History.Status,
            p.Maintenance.Reminders.Count(r => r.Due is ReminderDue.Overdue or ReminderDue.DueSoon) + pendingVisits
        );
}
