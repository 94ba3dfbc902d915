namespace CarPass.Domain.Achievements;

/// <summary>The default catalogue, seeded into the achievements table; rows can be deactivated there.</summary>
public static class AchievementCatalogue
{
    public static IReadOnlyList<AchievementDefinition> Default { get; } =
    [
        new(
            AchievementCodes.FullVehicleProfile,
            AchievementScope.Vehicle,
            AchievementCriteria.CompletenessFull,
            "📋",
            "profile"
        ),
        new(AchievementCodes.VinConfirmed, AchievementScope.Vehicle, AchievementCriteria.VinPresent, "🔎", "identity"),
        new(AchievementCodes.FuelLogStarted, AchievementScope.Vehicle, AchievementCriteria.FuelLogged, "⛽", "fuel"),
        new(
            AchievementCodes.MaintenanceBaseline,
            AchievementScope.Vehicle,
            AchievementCriteria.MaintenanceBaseline,
            "🔧",
            "maintenance"
        ),
        new(
            AchievementCodes.FirstVerifiedService,
            AchievementScope.Vehicle,
            AchievementCriteria.TrustedVisit,
            "✅",
            "history"
        ),
        new(
            AchievementCodes.VerifiedHistory,
            AchievementScope.Vehicle,
            AchievementCriteria.HistoryVerified,
            "🛡️",
            "history"
        ),
        new(AchievementCodes.CompleteGarage, AchievementScope.User, AchievementCriteria.GarageComplete, "🚗", "garage"),
        new(
            AchievementCodes.VerifiedServiceCenter,
            AchievementScope.ServiceCenter,
            AchievementCriteria.CenterVerified,
            "🏅",
            "service_center"
        ),
    ];
}
