namespace CarPass.Domain.Achievements;

/// <summary>Criteria keys: the catalogue stores these; <see cref="AchievementRules"/> gives them meaning.</summary>
public static class AchievementCriteria
{
    public const string CompletenessFull = "completeness_full";
    public const string TrustedVisit = "trusted_visit";
    public const string HistoryVerified = "history_verified";
    public const string VinPresent = "vin_present";
    public const string FuelLogged = "fuel_logged";
    public const string MaintenanceBaseline = "maintenance_baseline";
    public const string GarageComplete = "garage_complete";
    public const string CenterVerified = "center_verified";
}
