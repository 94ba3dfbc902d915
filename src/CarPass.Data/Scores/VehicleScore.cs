using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;

namespace CarPass.Data.Scores;

/// <summary>The latest computed passport of a vehicle (one row per vehicle), read by the bot and the Mini App.</summary>
public sealed class VehicleScore
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public int CompletenessScore { get; set; }
    public int VerifiedHistoryScore { get; set; }
    public int MaintenanceHealthScore { get; set; }
    public MaintenanceStatus MaintenanceStatus { get; set; }
    public ProfileQuality ProfileQuality { get; set; }
    public VerifiedHistoryStatus VerifiedHistoryStatus { get; set; }

    /// <summary>JSON array of {code, weight, attainable}.</summary>
    public string MissingItems { get; set; } = "[]";
    public int TrustedRecords { get; set; }
    public int TotalRecords { get; set; }
    public DateTime ComputedAt { get; set; }
}
