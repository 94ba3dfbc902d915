using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Maintenance;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>Many vehicles' snapshots with one query per table (see <see cref="SnapshotReader.ReadVehiclesAsync"/>).</summary>
internal static class VehicleSnapshotQuery
{
    public static async Task<IReadOnlyDictionary<Guid, VehicleSnapshot>> ReadAsync(
        CarPassDbContext db,
        VehicleAccessQuery access,
        IReadOnlyCollection<Guid> vehicleIds,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var ids = vehicleIds.Distinct().ToList();
        var vehicles = await db.Vehicles.AsNoTracking().Where(v => ids.Contains(v.Id)).ToListAsync(ct);
        if (vehicles.Count == 0)
            return new Dictionary<Guid, VehicleSnapshot>();
        var owned = (await access.OwnersOfAsync(ids, nowUtc, ct)).Keys.ToHashSet();
        var odometer = (
            await db
                .OdometerReadings.AsNoTracking()
                .Where(r => ids.Contains(r.VehicleId))
                .Select(r => new
                {
                    r.VehicleId,
                    Record = new OdometerRecord(r.ValueKm, r.RecordedAt, r.Source, r.IsTrusted),
                })
                .ToListAsync(ct)
        ).ToLookup(x => x.VehicleId, x => x.Record);
        var fuel = (
            await db
                .FuelEntries.AsNoTracking()
                .Where(f => ids.Contains(f.VehicleId))
                .Select(f => new
                {
                    f.VehicleId,
                    Record = new FuelRecord(
                        f.FilledAt,
                        f.Litres,
                        f.OdometerKm,
                        f.IsFullTank,
                        f.MissedPrevious,
                        f.CreatedAt,
                        f.DeletedAt != null
                    ),
                })
                .ToListAsync(ct)
        ).ToLookup(x => x.VehicleId, x => x.Record);
        var service = (
            await db
                .ServiceEntries.AsNoTracking()
                .Where(s => ids.Contains(s.VehicleId))
                .Select(s => new
                {
                    s.VehicleId,
                    Record = new ServiceRecord(s.Kind, s.PerformedAt, s.OdometerKm, s.CreatedAt, s.DeletedAt != null),
                })
                .ToListAsync(ct)
        ).ToLookup(x => x.VehicleId, x => x.Record);
        var visits = (
            await (
                from visit in db.ServiceVisits.AsNoTracking()
                join center in db.ServiceCenters on visit.ServiceCenterId equals center.Id
                where ids.Contains(visit.VehicleId)
                select new
                {
                    visit.VehicleId,
                    Record = new VisitRecord(
                        visit.Id,
                        visit.ServiceCenterId,
                        center.Verification == VerificationStatus.Verified,
                        visit.Status,
                        visit.VisitDate,
                        visit.OdometerKm,
                        visit.CreatedAt,
                        db.Disputes.Any(d => d.ServiceVisitId == visit.Id && d.Status == DisputeStatus.Open)
                    ),
                }
            ).ToListAsync(ct)
        ).ToLookup(x => x.VehicleId, x => x.Record);
        var reminders = (
            await db
                .MaintenanceReminders.AsNoTracking()
                .Where(r => ids.Contains(r.VehicleId))
                .Select(r => new
                {
                    r.VehicleId,
                    Record = new ReminderRecord(
                        r.Id,
                        r.Kind,
                        r.IntervalKm,
                        r.IntervalMonths,
                        r.LastDoneAt,
                        r.LastDoneKm,
                        r.IsActive
                    ),
                })
                .ToListAsync(ct)
        ).ToLookup(x => x.VehicleId, x => x.Record);
        return vehicles.ToDictionary(
            v => v.Id,
            v => new VehicleSnapshot(
                v.Id,
                Profile(v),
                owned.Contains(v.Id),
                [.. odometer[v.Id]],
                [.. fuel[v.Id]],
                [.. service[v.Id]],
                [.. visits[v.Id]],
                [.. reminders[v.Id]]
            )
        );
    }

    private static VehicleProfile Profile(Vehicle v) =>
        new(
            v.Name,
            v.Make,
            v.Model,
            v.Year,
            v.Vin,
            v.PlateNumber,
            v.PlateCountry,
            v.FuelType,
            v.ConsumptionBaselineLPer100Km,
            v.EngineOilType,
            v.EngineOilVolumeL,
            v.TransmissionFluid,
            v.CoolantType,
            v.BrakeFluidType
        );
}
