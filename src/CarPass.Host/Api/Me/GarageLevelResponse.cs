namespace CarPass.Host.Api.Me;

/// <summary>Garage quality, Complete Garage and Maintenance Consistency (told as a calm count, never a streak).</summary>
public sealed record GarageLevelResponse(
    int Quality,
    bool CompleteGarage,
    string? CompleteGarageText,
    int ActiveVehicles,
    int ActiveAlerts,
    int MonthsWithRecords,
    int MonthsConsidered,
    string ConsistencyText,
    DateTime ComputedAt
);
