using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Visits;
using CarPass.Domain.Maintenance;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>Reads the immutable snapshots the scoring library works on.</summary>
public sealed class SnapshotReader(CarPassDbContext db, VehicleAccessQuery access)
{
    public async Task<VehicleSnapshot?> ReadVehicleAsync(Guid vehicleId, DateTime nowUtc, CancellationToken ct)
    {
        var v = await db.Vehicles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == vehicleId, ct);
        if (v is null)
            return null;
        var profile = new VehicleProfile(
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
        var hasOwner = await access.OwnerOfAsync(vehicleId, nowUtc, ct) is not null;
        var odometer = await db
            .OdometerReadings.AsNoTracking()
            .Where(r => r.VehicleId == vehicleId)
            .Select(r => new OdometerRecord(r.ValueKm, r.RecordedAt, r.Source, r.IsTrusted))
            .ToListAsync(ct);
        var fuel = await db
            .FuelEntries.AsNoTracking()
            .Where(f => f.VehicleId == vehicleId)
            .Select(f => new FuelRecord(
                f.FilledAt,
                f.Litres,
                f.OdometerKm,
                f.IsFullTank,
                f.MissedPrevious,
                f.CreatedAt,
                f.DeletedAt != null
            ))
            .ToListAsync(ct);
        var service = await db
            .ServiceEntries.AsNoTracking()
            .Where(s => s.VehicleId == vehicleId)
            .Select(s => new ServiceRecord(s.Kind, s.PerformedAt, s.OdometerKm, s.CreatedAt, s.DeletedAt != null))
            .ToListAsync(ct);
        var visits = await (
            from visit in db.ServiceVisits.AsNoTracking()
            join center in db.ServiceCenters on visit.ServiceCenterId equals center.Id
            where visit.VehicleId == vehicleId
            select new VisitRecord(
                visit.Id,
                visit.ServiceCenterId,
                center.Verification == VerificationStatus.Verified,
                visit.Status,
                visit.VisitDate,
                visit.OdometerKm,
                visit.CreatedAt,
                db.Disputes.Any(d => d.ServiceVisitId == visit.Id && d.Status == DisputeStatus.Open)
            )
        ).ToListAsync(ct);
        var reminders = await db
            .MaintenanceReminders.AsNoTracking()
            .Where(r => r.VehicleId == vehicleId)
            .Select(r => new ReminderRecord(
                r.Id,
                r.Kind,
                r.IntervalKm,
                r.IntervalMonths,
                r.LastDoneAt,
                r.LastDoneKm,
                r.IsActive
            ))
            .ToListAsync(ct);
        return new VehicleSnapshot(vehicleId, profile, hasOwner, odometer, fuel, service, visits, reminders);
    }

    public async Task<ServiceCenterSnapshot?> ReadServiceCenterAsync(
        Guid centerId,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var center = await db.ServiceCenters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == centerId, ct);
        if (center is null)
            return null;
        var byStatus = await db
            .ServiceVisits.AsNoTracking()
            .Where(v => v.ServiceCenterId == centerId)
            .GroupBy(v => v.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, ct);
        int Count(VisitStatus s) => byStatus.GetValueOrDefault(s);
        var unresolved = await (
            from d in db.Disputes
            join v in db.ServiceVisits on d.ServiceVisitId equals v.Id
            where v.ServiceCenterId == centerId && d.Status == DisputeStatus.Open
            select d.Id
        ).CountAsync(ct);
        var activeEmployees = await db.Employees.CountAsync(e => e.ServiceCenterId == centerId && e.IsActive, ct);
        var lookupSince = nowUtc.AddDays(-ServiceCenterHygiene.SuspiciousLookupWindowDays);
        var suspicious = await db.AuditLog.CountAsync(
            a =>
                a.ServiceCenterId == centerId
                && a.Action == ServiceCenterHygiene.SuspiciousLookupAction
                && a.OccurredAt >= lookupSince,
            ct
        );
        return new ServiceCenterSnapshot(
            centerId,
            center.Verification,
            Count(VisitStatus.Confirmed),
            Count(VisitStatus.Rejected),
            Count(VisitStatus.Disputed),
            Count(VisitStatus.Cancelled),
            Count(VisitStatus.PendingConfirmation),
            unresolved,
            activeEmployees,
            await CountDisabledEmployeesHoldingGrantsAsync(centerId, nowUtc, ct),
            suspicious
        );
    }

    /// <summary>Grants a centre obtained through someone who no longer works there, still live.</summary>
    private Task<int> CountDisabledEmployeesHoldingGrantsAsync(Guid centerId, DateTime nowUtc, CancellationToken ct)
    {
        var live = access.LiveGrants(nowUtc);
        return (
            from e in db.Employees
            where e.ServiceCenterId == centerId && !e.IsActive
            where
                db.AccessRequests.Any(r =>
                    r.ServiceCenterId == centerId
                    && r.RequestedByUserId == e.UserId
                    && r.GrantId != null
                    && live.Any(g => g.Id == r.GrantId)
                )
            select e.Id
        ).CountAsync(ct);
    }
}
