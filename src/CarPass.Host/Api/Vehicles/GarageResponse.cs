namespace CarPass.Host.Api.Vehicles;

/// <summary>GET /api/my/vehicles: the garage overview.</summary>
public sealed record GarageResponse(
    int AverageCompletion,
    int ActiveAlerts,
    bool CompleteGarage,
    IReadOnlyList<VehicleSummaryResponse> Vehicles,
    string? AddVehicleLink,
    DateTime ComputedAt
);
