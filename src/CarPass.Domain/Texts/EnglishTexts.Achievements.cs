namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> Achievements() =>
        new()
        {
            ["achievement.full_vehicle_profile.title"] = "Full vehicle profile",
            ["achievement.full_vehicle_profile.description"] = "Every available profile item is filled in.",
            ["achievement.first_verified_service.title"] = "First verified service",
            ["achievement.first_verified_service.description"] =
                "A verified service centre recorded a visit and you confirmed it.",
            ["achievement.verified_history.title"] = "Verified maintenance history",
            ["achievement.verified_history.description"] =
                "Most of the service history is confirmed by verified service centres.",
            ["achievement.complete_garage.title"] = "Complete garage",
            ["achievement.complete_garage.description"] =
                "Every active vehicle has identity, mileage and a maintenance baseline.",
            ["achievement.vin_confirmed.title"] = "VIN on record",
            ["achievement.vin_confirmed.description"] = "The vehicle is identified by a valid VIN.",
            ["achievement.fuel_log_started.title"] = "Fuel log started",
            ["achievement.fuel_log_started.description"] = "The first fill-up is logged.",
            ["achievement.maintenance_baseline.title"] = "Maintenance baseline",
            ["achievement.maintenance_baseline.description"] = "Every maintenance reminder has a starting point.",
            ["achievement.verified_service_center.title"] = "Verified service centre",
            ["achievement.verified_service_center.description"] =
                "The centre's documents have been checked by CarPass.",
        };
}
