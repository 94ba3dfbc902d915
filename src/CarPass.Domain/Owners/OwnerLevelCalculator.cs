using CarPass.Domain.Scoring;
using CarPass.Domain.Vehicles;

namespace CarPass.Domain.Owners;

/// <summary>Owner-level evidence (spec section 3): garage quality, complete garage, maintenance consistency.</summary>
public static class OwnerLevelCalculator
{
    public const int MonthsConsidered = 6;

    /// <param name="garage">Each active vehicle with its passport.</param>
    public static OwnerLevelResult Compute(
        IReadOnlyList<(VehicleSnapshot Vehicle, PassportResult Passport)> garage,
        DateTime nowUtc
    ) => Compute([.. garage.Select(g => OwnerEvidence.Of(g.Vehicle, g.Passport))], nowUtc);

    /// <summary>The same level from each active vehicle's evidence (see <see cref="OwnerEvidence.Of"/>).</summary>
    public static OwnerLevelResult Compute(IReadOnlyList<OwnerEvidence> activeVehicles, DateTime nowUtc)
    {
        var garageQuality =
            activeVehicles.Count == 0
                ? 0
                : (int)Math.Round(activeVehicles.Average(v => v.Completeness), MidpointRounding.AwayFromZero);
        var current = OwnerEvidence.MonthOf(nowUtc);
        var monthsWithRecords = activeVehicles
            .SelectMany(v => v.RecordMonths)
            .Where(month => month <= current && month > current - MonthsConsidered)
            .Distinct()
            .Count();
        return new OwnerLevelResult(
            garageQuality,
            activeVehicles.Count > 0 && activeVehicles.All(v => v.IsComplete),
            activeVehicles.Count,
            monthsWithRecords,
            MonthsConsidered
        );
    }
}
