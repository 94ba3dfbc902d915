using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;

namespace CarPass.Data.Passports;

/// <summary>One vehicle in the garage overview.</summary>
public sealed record VehicleCard(
    Guid VehicleId,
    string Name,
    string? Make,
    string? Model,
    int? Year,
    int Completeness,
    ProfileQuality Quality,
    MaintenanceStatus Health,
    VerifiedHistoryStatus History,
    int ActiveAlerts
);
