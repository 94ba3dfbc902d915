using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;

namespace CarPass.Host.Api.Vehicles;

/// <summary>GET /api/my/vehicles/{vehicle_id}/score: the passport exactly as the bot's /passport computes it.</summary>
public sealed record ScoreResponse(
    Guid VehicleId,
    string Name,
    string? Make,
    string? Model,
    int? Year,
    int CompletenessScore,
    ProfileQuality ProfileQuality,
    string ProfileQualityText,
    IReadOnlyList<MissingItemResponse> MissingItems,
    IReadOnlyList<MissingItemResponse> NextActions,
    int VerifiedHistoryScore,
    VerifiedHistoryStatus VerifiedHistoryStatus,
    string VerifiedHistoryStatusText,
    int TrustedRecords,
    int TotalRecords,
    double TrustedRecordRatio,
    int ConfirmedVisits,
    int UnresolvedDisputes,
    int RejectedVisits,
    int CancelledVisits,
    int PendingVisits,
    int MaintenanceHealthScore,
    MaintenanceStatus MaintenanceStatus,
    string MaintenanceStatusText,
    int? CurrentOdometerKm,
    int? EstimatedOdometerKm,
    bool BaselineIncomplete,
    IReadOnlyList<ReminderResponse> Reminders,
    DateTime ComputedAt,
    VinDecodingResponse? VinDecoded,
    ConsumptionResponse Consumption
);
