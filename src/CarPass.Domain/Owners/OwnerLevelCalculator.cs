using CarPass.Domain.Maintenance;
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

    /// <param name="passports">The passports of <paramref name="activeVehicles"/>, in the same order.</param>
    public static OwnerLevelResult Compute(
        IReadOnlyList<VehicleSnapshot> activeVehicles,
        IReadOnlyList<PassportResult> passports,
        DateTime nowUtc
    )
    {
        if (activeVehicles.Count != passports.Count)
        {
            throw new ArgumentException("Pass one passport per active vehicle.", nameof(passports));
        }
        var garageQuality =
            passports.Count == 0
                ? 0
                : (int)Math.Round(passports.Average(p => p.Completeness.Score), MidpointRounding.AwayFromZero);
        var completeGarage = activeVehicles.Count > 0 && activeVehicles.All(IsComplete);
        return new OwnerLevelResult(
            garageQuality,
            completeGarage,
            activeVehicles.Count,
            MonthsWithRecords(activeVehicles, nowUtc),
            MonthsConsidered
        );
    }

    private static bool IsComplete(VehicleSnapshot s) =>
        (VinEvidence.IsSatisfied(s) || PlateEvidence.IsSatisfied(s))
        && OdometerRules.CurrentKm(s.OdometerReadings) is not null
        && MaintenanceBaseline.Exists(s);

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
