using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Charts;

/// <summary>
/// A vehicle's charts: odometer readings with the reminders' projection, consumption per fill with the
/// baseline, and spending per month. A vehicle the user may not read is null, like a missing one.
/// </summary>
public sealed class VehicleChartsReader(CarPassDbContext db, VehicleAccessReader access, TimeProvider clock)
{
    /// <summary>Spending covers the current month and the eleven before it.</summary>
    public const int SpendingMonths = 12;

    public async Task<VehicleCharts?> ReadAsync(Guid userId, Guid vehicleId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await access.FindReadableAsync(userId, vehicleId, now, ct) is not { } vehicle)
            return null;
        var readings = await db
            .OdometerReadings.AsNoTracking()
            .Where(r => r.VehicleId == vehicleId)
            .OrderBy(r => r.RecordedAt)
            .Select(r => new OdometerPoint(r.RecordedAt, r.ValueKm, r.IsTrusted, r.IsFlagged, r.Source))
            .ToListAsync(ct);
        var fills = await db
            .FuelEntries.AsNoTracking()
            .Where(f => f.VehicleId == vehicleId)
            .Select(SnapshotRows.Fuel)
            .ToListAsync(ct);
        var fuel = fills.Select(f => f.Record).ToList();
        var electric = vehicle.FuelType == FuelType.Electric;
        List<ChargingRecord> energy = electric ? await ChargingAsync(vehicleId, ct) : [];
        var projection = MileageEstimate.Projection(
            readings.Select(r => new OdometerRecord(r.Km, r.RecordedAt, r.Source, r.Trusted)),
            now
        );
        var (currency, spending) = await SpendingAsync(vehicleId, now, ct);
        return new VehicleCharts(
            readings,
            projection,
            electric,
            // An electric car's line comes from its charging sessions; one logged before them kept kWh as fills.
            energy.Count > 0
                ? EnergyEconomy.PerSession(energy)
                : FuelEconomy.PerFill(fuel),
            vehicle.ConsumptionBaselineLPer100Km,
            energy.Count > 0 ? EnergyEconomy.AverageKwhPer100Km(energy) : FuelEconomy.AverageLPer100Km(fuel),
            currency,
            spending
        );
    }

    private async Task<List<ChargingRecord>> ChargingAsync(Guid vehicleId, CancellationToken ct) =>
        [
            .. (
                await db
                    .ChargingSessions.AsNoTracking()
                    .Where(c => c.VehicleId == vehicleId)
                    .Select(SnapshotRows.Charging)
                    .ToListAsync(ct)
            ).Select(c => c.Record),
        ];

    private async Task<(string? Currency, IReadOnlyList<MonthSpending> Months)> SpendingAsync(
        Guid vehicleId,
        DateTime now,
        CancellationToken ct
    )
    {
        var since = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1 - SpendingMonths);
        var fuel = await db
            .FuelEntries.AsNoTracking()
            .Where(f =>
                f.VehicleId == vehicleId
                && f.DeletedAt == null
                && f.TotalPriceMinor != null
                && f.Currency != null
                && f.FilledAt >= since
            )
            .Select(f => new Cost(f.FilledAt, f.TotalPriceMinor!.Value, f.Currency!, true))
            .ToListAsync(ct);
        var service = await db
            .ServiceEntries.AsNoTracking()
            .Where(s =>
                s.VehicleId == vehicleId
                && s.DeletedAt == null
                && s.CostMinor != null
                && s.Currency != null
                && s.PerformedAt >= since
            )
            .Select(s => new Cost(s.PerformedAt, s.CostMinor!.Value, s.Currency!, false))
            .ToListAsync(ct);
        var visits = await db
            .ServiceVisits.AsNoTracking()
            .Where(v =>
                v.VehicleId == vehicleId
                && v.Status == VisitStatus.Confirmed
                && v.HiddenAt == null
                && v.CostMinor != null
                && v.Currency != null
                && v.VisitDate >= since
            )
            .Select(v => new Cost(v.VisitDate, v.CostMinor!.Value, v.Currency!, false))
            .ToListAsync(ct);
        List<Cost> costs = [.. fuel, .. service, .. visits];
        // One axis, one currency: the one most of the costs were paid in (a trip abroad stays out).
        var currency = costs
            .GroupBy(c => c.Currency.ToUpperInvariant())
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault()
            ?.Key;
        if (currency is null)
            return (null, []);
        var months = Enumerable
            .Range(0, SpendingMonths)
            .Select(i => since.AddMonths(i))
            .Select(m =>
            {
                var inMonth = costs.Where(c =>
                    c.At.Year == m.Year
                    && c.At.Month == m.Month
                    && c.Currency.Equals(currency, StringComparison.OrdinalIgnoreCase)
                );
                return new MonthSpending(
                    m.Year,
                    m.Month,
                    inMonth.Where(c => c.Fuel).Sum(c => c.Minor),
                    inMonth.Where(c => !c.Fuel).Sum(c => c.Minor)
                );
            })
            .ToList();
        return (currency, months);
    }

    private sealed record Cost(DateTime At, long Minor, string Currency, bool Fuel);
}
