using CarPass.Domain.Maintenance;
using CarPass.Domain.Scoring;

namespace CarPass.Data.Scores;

/// <summary>The latest computed passport numbers of a vehicle (one row per vehicle) and its read-model version.</summary>
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

    /// <summary>
    /// The read model's version of the vehicle's passport: set anew, in the same transaction, by every
    /// write that recomputes the vehicle (a unique value per write, so a rolled-back write's value is
    /// never seen again). Null until the first recompute. See docs/PERFORMANCE.md, "The read model".
    /// </summary>
    public Guid? Version { get; set; }
}
