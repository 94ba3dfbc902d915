using CarPass.Domain.Scoring;
using CarPass.Domain.Scoring.Contributors;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Owners;

/// <summary>
/// What one active vehicle brings to its owner's level: its completeness, whether it counts towards
/// a complete garage, and the months in which it has records. Small enough to keep beside a cached
/// passport, so a garage's level is computed from these without reading the records again.
/// </summary>
public sealed record OwnerEvidence(int Completeness, bool IsComplete, IReadOnlyList<int> RecordMonths)
{
    private static readonly VinContributor VinEvidence = new();
    private static readonly PlateContributor PlateEvidence = new();

    public static OwnerEvidence Of(VehicleSnapshot s, PassportResult passport) =>
        new(
            passport.Completeness.Score,
            (VinEvidence.IsSatisfied(s) || PlateEvidence.IsSatisfied(s))
                && OdometerRules.CurrentKm(s.OdometerReadings) is not null
                && !passport.Maintenance.BaselineIncomplete,
            [.. RecordDates.Of(s).Select(MonthOf).Distinct().Order()]
        );

    /// <summary>Months counted from year 0, so consecutive months are consecutive numbers.</summary>
    public static int MonthOf(DateTime date) => date.Year * 12 + date.Month - 1;
}
