namespace CarPass.Domain.Owners;

/// <summary>
/// Garage quality (average completeness of active vehicles), Complete Garage, and Maintenance
/// Consistency told calmly as "records in N of the last M months" — never a streak.
/// </summary>
public sealed record OwnerLevelResult(
    int GarageQuality,
    bool CompleteGarage,
    int ActiveVehicles,
    int MonthsWithRecords,
    int MonthsConsidered
);
