namespace CarPass.Host.Api.Vehicles;

/// <summary>
/// GET /api/my/vehicles: the garage overview and the owner's level (garage quality, Complete Garage,
/// and Maintenance Consistency told as a calm count, never a streak).
/// </summary>
public sealed record GarageResponse(
    int AverageCompletion,
    int ActiveAlerts,
    bool CompleteGarage,
    string? CompleteGarageText,
    int ActiveVehicles,
    int MonthsWithRecords,
    int MonthsConsidered,
    string ConsistencyText,
    IReadOnlyList<VehicleSummaryResponse> Vehicles,
    string? AddVehicleLink,
    DateTime ComputedAt
);
