using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;

namespace CarPass.Host.Api.Vehicles;

/// <summary>One vehicle of the garage: quality, health, verified status and active alerts.</summary>
public sealed record VehicleSummaryResponse(
    Guid VehicleId,
    string Name,
    string? Make,
    string? Model,
    int? Year,
    int CompletenessScore,
    ProfileQuality ProfileQuality,
    string ProfileQualityText,
    MaintenanceStatus MaintenanceStatus,
    string MaintenanceStatusText,
    VerifiedHistoryStatus VerifiedHistoryStatus,
    string VerifiedHistoryStatusText,
    int ActiveAlerts
);
