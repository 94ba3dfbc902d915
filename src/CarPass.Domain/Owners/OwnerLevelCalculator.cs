using CarPass.Domain.Scoring;
using CarPass.Domain.Scoring.Contributors;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Owners;

/// <summary>Owner-level evidence (spec section 3): garage quality, complete garage, maintenance consistency.</summary>
public static class OwnerLevelCalculator
{
    public const int MonthsConsidered = 6;

    private static readonly VinContributor VinEvidence = new();
    private static readonly PlateContributor PlateEvidence = new();

    /// <param name="garage">Each active vehicle with its passport.</param>
    public static OwnerLevelResult Compute(
        IReadOnlyList<(VehicleSnapshot Vehicle, PassportResult Passport)> garage,
        DateTime nowUtc
    )
    {
        var garageQuality =
            garage.Count == 0
                ? 0
                : (int)Math.Round(garage.Average(g => g.Passport.Completeness.Score), MidpointRounding.AwayFromZero);
        var vehicles = garage.Select(g => g.Vehicle).ToList();
        return new OwnerLevelResult(
            garageQuality,
            garage.Count > 0 && garage.All(g => IsComplete(g.Vehicle, g.Passport)),
            vehicles.Count,
            MonthsWithRecords(vehicles, nowUtc),
            MonthsConsidered
        );
    }

    /// <summary>Identity, mileage and the same maintenance baseline the health widget and the badge use.</summary>
    private static bool IsComplete(VehicleSnapshot s, PassportResult p) =>
        (VinEvidence.IsSatisfied(s) || PlateEvidence.IsSatisfied(s))
        && OdometerRules.CurrentKm(s.OdometerReadings) is not null
        && !p.Maintenance.BaselineIncomplete;

    private static int MonthsWithRecords(IEnumerable<VehicleSnapshot> vehicles, DateTime nowUtc)
    {
        var current = MonthIndex(nowUtc);
        return vehicles
            .SelectMany(RecordDates.Of)
            .Select(MonthIndex)
            .Where(month => month <= current && month > current - MonthsConsidered)
            .Distinct()
            .Count();
    }

    private static int MonthIndex(DateTime date) => date.Year * 12 + date.Month - 1;
}
