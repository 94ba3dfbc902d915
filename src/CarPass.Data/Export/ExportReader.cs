using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Domain.Common;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Export;

/// <summary>
/// Reads what an owner may export: the vehicles they own or co-own now, with those vehicles' records.
/// A sold vehicle left with its grant, so its history (the buyer's records included) is the buyer's to
/// export, never the seller's. A vehicle the user may not change is reported exactly like a missing one.
/// </summary>
public sealed class ExportReader(CarPassDbContext db, VehicleAccessReader access)
{
    /// <param name="vehicleId">One vehicle, or null for every vehicle the user owns or co-owns.</param>
    /// <returns>Null when the asked vehicle is not the user's.</returns>
    public async Task<ExportBundle?> ReadAsync(Guid userId, Guid? vehicleId, DateTime nowUtc, CancellationToken ct)
    {
        var ids = await access
            .EditableVehicleIds(userId, nowUtc)
            .Where(id => vehicleId == null || id == vehicleId)
            .Distinct()
            .ToListAsync(ct);
        if (vehicleId is not null && ids.Count == 0)
            return null;
        var owners = await access.OwnersOfAsync(ids, nowUtc, ct);
        var owned = ids.Where(id => owners.GetValueOrDefault(id) == userId).ToList();
        return new ExportBundle(
            nowUtc,
            await VehiclesAsync(ids, ct),
            await OdometerAsync(ids, ct),
            await FuelAsync(ids, ct),
            await ServiceAsync(userId, ids, ct),
            await VisitsAsync(ids, ct),
            await RemindersAsync(ids, ct),
            await BadgesAsync(userId, ids, vehicleId is null, ct),
            await VehicleKnowledgeExport.ChargingAsync(db, ids, ct),
            await VehicleKnowledgeExport.DocumentsAsync(db, owned, ct),
            await VehicleKnowledgeExport.TyresAsync(db, owned, ct)
        );
    }

    private async Task<IReadOnlyList<VehicleRow>> VehiclesAsync(List<Guid> ids, CancellationToken ct) =>
        (await db.Vehicles.AsNoTracking().Where(v => ids.Contains(v.Id)).ToListAsync(ct))
            .OrderBy(v => v.CreatedAt)
            .Select(v => new VehicleRow(
                v.Id,
                v.Name,
                v.Make,
                v.Model,
                v.Year,
                v.Vin,
                v.PlateNumber,
                v.PlateCountry,
                v.FuelType is { } fuel ? SnakeCase.Of(fuel) : null,
                v.CurrentOdometerKm,
                SnakeCase.Of(v.State),
                v.CreatedAt
            ))
            .ToList();

    private async Task<IReadOnlyList<OdometerRow>> OdometerAsync(List<Guid> ids, CancellationToken ct) =>
        (await db.OdometerReadings.AsNoTracking().Where(r => ids.Contains(r.VehicleId)).ToListAsync(ct))
            .OrderBy(r => r.VehicleId)
            .ThenBy(r => r.RecordedAt)
            .Select(r => new OdometerRow(
                r.Id,
                r.VehicleId,
                r.RecordedAt,
                r.ValueKm,
                SnakeCase.Of(r.Source),
                r.IsTrusted,
                r.IsFlagged,
                r.Source == OdometerSource.Service ? Provenance.ServiceConfirmed : Provenance.SelfReported
            ))
            .ToList();

    private async Task<IReadOnlyList<FuelRow>> FuelAsync(List<Guid> ids, CancellationToken ct) =>
        (
            await db
                .FuelEntries.AsNoTracking()
                .Where(f => ids.Contains(f.VehicleId) && f.DeletedAt == null)
                .ToListAsync(ct)
        )
            .OrderBy(f => f.VehicleId)
            .ThenBy(f => f.FilledAt)
            .Select(f => new FuelRow(
                f.Id,
                f.VehicleId,
                f.FilledAt,
                f.Litres,
                f.TotalPriceMinor,
                f.Currency,
                f.OdometerKm,
                f.IsFullTank,
                f.MissedPrevious,
                Provenance.SelfReported
            ))
            .ToList();

    /// <summary>A service note stays its author's, as on the timeline: a buyer does not get the seller's notes.</summary>
    private async Task<IReadOnlyList<ServiceRow>> ServiceAsync(Guid userId, List<Guid> ids, CancellationToken ct) =>
        (
            await db
                .ServiceEntries.AsNoTracking()
                .Where(s => ids.Contains(s.VehicleId) && s.DeletedAt == null)
                .ToListAsync(ct)
        )
            .OrderBy(s => s.VehicleId)
            .ThenBy(s => s.PerformedAt)
            .Select(s => new ServiceRow(
                s.Id,
                s.VehicleId,
                s.PerformedAt,
                SnakeCase.Of(s.Kind),
                s.OdometerKm,
                s.CreatedByUserId == userId ? s.Note : null,
                s.CostMinor,
                s.Currency,
                Provenance.SelfReported
            ))
            .ToList();

    /// <summary>Visits the owner hid from their own views stay out of their export too.</summary>
    private async Task<IReadOnlyList<VisitRow>> VisitsAsync(List<Guid> ids, CancellationToken ct)
    {
        var visits = await (
            from v in db.ServiceVisits.AsNoTracking()
            join c in db.ServiceCenters.AsNoTracking() on v.ServiceCenterId equals c.Id
            where ids.Contains(v.VehicleId) && v.HiddenAt == null
            select new { Visit = v, Center = c.Name }
        ).ToListAsync(ct);
        return visits
            .OrderBy(x => x.Visit.VehicleId)
            .ThenBy(x => x.Visit.VisitDate)
            .Select(x => new VisitRow(
                x.Visit.Id,
                x.Visit.VehicleId,
                x.Visit.VisitDate,
                x.Center,
                x.Visit.OdometerKm,
                string.Join(' ', x.Visit.WorkKinds.Select(k => SnakeCase.Of(k))),
                x.Visit.WorkItems,
                x.Visit.Parts,
                x.Visit.CostMinor,
                x.Visit.Currency,
                SnakeCase.Of(x.Visit.Status),
                x.Visit.ConfirmedAt,
                x.Visit.Status == VisitStatus.Confirmed ? Provenance.ServiceConfirmed : Provenance.ServiceUnconfirmed
            ))
            .ToList();
    }

    private async Task<IReadOnlyList<ReminderRow>> RemindersAsync(List<Guid> ids, CancellationToken ct) =>
        (await db.MaintenanceReminders.AsNoTracking().Where(r => ids.Contains(r.VehicleId)).ToListAsync(ct))
            .OrderBy(r => r.VehicleId)
            .ThenBy(r => r.Kind)
            .Select(r => new ReminderRow(
                r.Id,
                r.VehicleId,
                SnakeCase.Of(r.Kind),
                r.IntervalKm,
                r.IntervalMonths,
                r.LastDoneAt,
                r.LastDoneKm,
                r.IsActive
            ))
            .ToList();

    /// <summary>The user's own badges of these vehicles, and, in a whole export, their badges of no one car.</summary>
    private async Task<IReadOnlyList<BadgeRow>> BadgesAsync(
        Guid userId,
        List<Guid> ids,
        bool withPersonal,
        CancellationToken ct
    )
    {
        var badges = await (
            from u in db.UserAchievements.AsNoTracking()
            join a in db.Achievements.AsNoTracking() on u.AchievementId equals a.Id
            where u.UserId == userId && (ids.Contains(u.VehicleId) || withPersonal && u.VehicleId == Guid.Empty)
            select new
            {
                a.Code,
                u.VehicleId,
                u.UnlockedAt,
            }
        ).ToListAsync(ct);
        return badges
            .OrderBy(b => b.UnlockedAt)
            .ThenBy(b => b.Code)
            .Select(b => new BadgeRow(b.Code, b.VehicleId == Guid.Empty ? null : b.VehicleId, b.UnlockedAt))
            .ToList();
    }
}
