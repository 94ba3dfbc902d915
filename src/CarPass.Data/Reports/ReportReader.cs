using CarPass.Data.Charts;
using CarPass.Data.Documents;
using CarPass.Data.Passports;
using CarPass.Data.Persistence;
using CarPass.Domain.Documents;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Reports;

/// <summary>
/// A report's content, read through the same readers as the passport and the charts (same access
/// check, same scores), plus the lists only a report shows. A vehicle the user may not read is null.
/// </summary>
public sealed class ReportReader(
    CarPassDbContext db,
    PassportReader passports,
    VehicleChartsReader charts,
    TimeProvider clock
)
{
    public async Task<ReportContent?> ReadAsync(Guid userId, Guid vehicleId, CancellationToken ct)
    {
        if (await passports.VehicleAsync(userId, vehicleId, ct) is not { } view)
            return null;
        if (await charts.ReadAsync(userId, vehicleId, ct) is not { } series)
            return null;
        var v = view.Vehicle;
        return new ReportContent(
            new ReportIdentity(v.Name, v.Make, v.Model, v.Year, v.Vin, v.PlateNumber),
            view.Passport,
            await ConfirmedVisitsAsync(vehicleId, ct),
            await db
                .ServiceEntries.AsNoTracking()
                .Where(s => s.VehicleId == vehicleId && s.DeletedAt == null)
                .OrderByDescending(s => s.PerformedAt)
                .Select(s => new ReportServiceEntry(s.PerformedAt, s.Kind, s.OdometerKm))
                .ToListAsync(ct),
            series.Odometer,
            new ReportConsumption(
                series.Electric,
                series.ConsumptionAverage,
                series.ConsumptionBaseline,
                series.Consumption.Count
            ),
            await OwnershipAsync(vehicleId, v.CreatedAt, ct),
            await db
                .UserAchievements.AsNoTracking()
                .Where(u => u.VehicleId == vehicleId)
                .Join(db.Achievements.Where(a => a.IsActive), u => u.AchievementId, a => a.Id, (u, a) => a.Code)
                .Distinct()
                .ToListAsync(ct),
            clock.GetUtcNow().UtcDateTime,
            await InsuranceAsync(userId, vehicleId, ct)
        );
    }

    private async Task<ReportInsurance?> InsuranceAsync(Guid userId, Guid vehicleId, CancellationToken ct)
    {
        var latest = await db
            .VehicleDocuments.AsNoTracking()
            .Where(d => d.VehicleId == vehicleId && d.Kind == DocumentKind.Osago && d.DeletedAt == null)
            .Select(d => new { d.ExpiresOn, d.Number })
            .ToListAsync(ct);
        if (latest.MaxBy(d => d.ExpiresOn) is not { } policy)
            return null;
        var today = await OwnerToday.OfAsync(db, userId, clock.GetUtcNow().UtcDateTime, ct);
        return new ReportInsurance(policy.ExpiresOn, DocumentNumber.Mask(policy.Number), policy.ExpiresOn.Date < today);
    }

    private async Task<List<ReportVisit>> ConfirmedVisitsAsync(Guid vehicleId, CancellationToken ct)
    {
        var visits = await (
            from visit in db.ServiceVisits.AsNoTracking()
            join center in db.ServiceCenters on visit.ServiceCenterId equals center.Id
            where visit.VehicleId == vehicleId && visit.Status == VisitStatus.Confirmed && visit.HiddenAt == null
            orderby visit.VisitDate descending
            select new
            {
                visit.VisitDate,
                center.Name,
                Verified = center.Verification == VerificationStatus.Verified,
                Trust = db
                    .ServiceCenterScores.Where(s => s.ServiceCenterId == center.Id)
                    .Select(s => (TrustLevel?)s.TrustLevel)
                    .FirstOrDefault(),
                visit.OdometerKm,
                visit.WorkKinds,
                visit.WorkItems,
            }
        ).ToListAsync(ct);
        return
        [
            .. visits.Select(v => new ReportVisit(
                v.VisitDate,
                v.Name,
                v.Verified,
                v.Trust ?? TrustLevel.New,
                v.OdometerKm,
                v.WorkKinds,
                v.WorkItems
            )),
        ];
    }

    /// <summary>The first owner from the passport's creation, then one period per accepted transfer.</summary>
    private async Task<List<OwnershipPeriod>> OwnershipAsync(Guid vehicleId, DateTime createdAt, CancellationToken ct)
    {
        var handovers = await db
            .OwnershipTransfers.AsNoTracking()
            .Where(t => t.VehicleId == vehicleId && t.AcceptedAt != null)
            .OrderBy(t => t.AcceptedAt)
            .Select(t => t.AcceptedAt!.Value)
            .ToListAsync(ct);
        var starts = new List<DateTime> { createdAt };
        starts.AddRange(handovers);
        return [.. starts.Select((from, i) => new OwnershipPeriod(from, i + 1 < starts.Count ? starts[i + 1] : null))];
    }
}
