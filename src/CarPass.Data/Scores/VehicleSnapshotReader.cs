using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Documents;
using CarPass.Domain.Maintenance;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>
/// Many vehicles' snapshots with one query per table (see <see cref="SnapshotReader.ReadVehiclesAsync"/>).
/// Every passport shown or recomputed reads these, one vehicle at a time in the bot and the API,
/// so the queries are compiled once.
/// </summary>
internal static class VehicleSnapshotReader
{
    private static readonly CompiledPerModel<Func<CarPassDbContext, Guid[], IAsyncEnumerable<Vehicle>>> Vehicles = new(
        () =>
            EF.CompileAsyncQuery(
                (CarPassDbContext db, Guid[] ids) => db.Vehicles.AsNoTracking().Where(v => ids.Contains(v.Id))
            )
    );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], IAsyncEnumerable<Keyed<OdometerRecord>>>
    > Odometer = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] ids) =>
                db.OdometerReadings.AsNoTracking().Where(r => ids.Contains(r.VehicleId)).Select(SnapshotRows.Odometer)
        )
    );

    private static readonly CompiledPerModel<Func<CarPassDbContext, Guid[], IAsyncEnumerable<Keyed<FuelRecord>>>> Fuel =
        new(() =>
            EF.CompileAsyncQuery(
                (CarPassDbContext db, Guid[] ids) =>
                    db.FuelEntries.AsNoTracking().Where(f => ids.Contains(f.VehicleId)).Select(SnapshotRows.Fuel)
            )
        );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], IAsyncEnumerable<Keyed<ChargingRecord>>>
    > Charging = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] ids) =>
                db.ChargingSessions.AsNoTracking().Where(c => ids.Contains(c.VehicleId)).Select(SnapshotRows.Charging)
        )
    );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], IAsyncEnumerable<Keyed<ServiceRecord>>>
    > Service = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] ids) =>
                db.ServiceEntries.AsNoTracking().Where(s => ids.Contains(s.VehicleId)).Select(SnapshotRows.Service)
        )
    );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], IAsyncEnumerable<Keyed<ReminderRecord>>>
    > Reminders = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] ids) =>
                db
                    .MaintenanceReminders.AsNoTracking()
                    .Where(r => ids.Contains(r.VehicleId))
                    .Select(SnapshotRows.Reminder)
        )
    );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], IAsyncEnumerable<Keyed<VisitRecord>>>
    > Visits = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] ids) =>
                from visit in db.ServiceVisits.AsNoTracking()
                join center in db.ServiceCenters on visit.ServiceCenterId equals center.Id
                where ids.Contains(visit.VehicleId)
                select new Keyed<VisitRecord>(
                    visit.VehicleId,
                    new VisitRecord(
                        visit.Id,
                        visit.ServiceCenterId,
                        center.Verification == VerificationStatus.Verified,
                        // A visit the owner hid leaves their own passport, as before; the centre's figures keep its status.
                        visit.HiddenAt != null
                            ? VisitStatus.Hidden
                            : visit.Status,
                        visit.VisitDate,
                        visit.OdometerKm,
                        visit.CreatedAt,
                        db.Disputes.Any(d => d.ServiceVisitId == visit.Id && d.Status == DisputeStatus.Open),
                        visit.WorkKinds
                    )
                )
        )
    );

    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid[], IAsyncEnumerable<Keyed<DateTime>>>
    > OsagoExpiries = new(() =>
        EF.CompileAsyncQuery(
            (CarPassDbContext db, Guid[] ids) =>
                db
                    .VehicleDocuments.AsNoTracking()
                    .Where(d => ids.Contains(d.VehicleId) && d.Kind == DocumentKind.Osago && d.DeletedAt == null)
                    .Select(d => new Keyed<DateTime>(d.VehicleId, d.ExpiresOn))
        )
    );

    public static async Task<OwnedSnapshots> ReadAsync(
        CarPassDbContext db,
        VehicleAccessReader access,
        IReadOnlyCollection<Guid> vehicleIds,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var ids = vehicleIds.Distinct().ToArray();
        var vehicles = await Vehicles.For(db)(db, ids).ToListAsync(ct);
        if (vehicles.Count == 0)
            return OwnedSnapshots.None;
        var owners = await access.OwnersOfAsync(ids, nowUtc, ct);
        var odometer = await ByVehicleAsync(Odometer.For(db)(db, ids), ct);
        var fuel = await ByVehicleAsync(Fuel.For(db)(db, ids), ct);
        var charging = await ByVehicleAsync(Charging.For(db)(db, ids), ct);
        var service = await ByVehicleAsync(Service.For(db)(db, ids), ct);
        var visits = await ByVehicleAsync(Visits.For(db)(db, ids), ct);
        var reminders = await ByVehicleAsync(Reminders.For(db)(db, ids), ct);
        var osago = await ByVehicleAsync(OsagoExpiries.For(db)(db, ids), ct);
        var snapshots = vehicles.ToDictionary(
            v => v.Id,
            v => new VehicleSnapshot(
                v.Id,
                SnapshotRows.Profile(v),
                owners.ContainsKey(v.Id),
                [.. odometer[v.Id]],
                [.. fuel[v.Id]],
                [.. service[v.Id]],
                [.. visits[v.Id]],
                [.. reminders[v.Id]],
                [.. charging[v.Id]],
                InsuranceLapsed: osago[v.Id].Any() && osago[v.Id].Max().Date < nowUtc.Date,
                InsuranceExpiresOn: osago[v.Id].Any() ? osago[v.Id].Max().Date : null
            )
        );
        return new OwnedSnapshots(snapshots, owners);
    }

    private static async Task<ILookup<Guid, T>> ByVehicleAsync<T>(
        IAsyncEnumerable<Keyed<T>> rows,
        CancellationToken ct
    ) => (await rows.ToListAsync(ct)).ToLookup(r => r.VehicleId, r => r.Record);
}
