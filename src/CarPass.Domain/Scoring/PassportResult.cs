using CarPass.Domain.Maintenance;

namespace CarPass.Domain.Scoring;

/// <summary>Every number the bot and the Mini App show for one vehicle.</summary>
public sealed record PassportResult(
    Guid VehicleId,
    CompletenessResult Completeness,
    VerifiedHistoryResult History,
    MaintenanceHealthResult Maintenance,
    DateTime ComputedAt
);
