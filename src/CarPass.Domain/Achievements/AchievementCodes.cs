namespace CarPass.Domain.Achievements;

public static class AchievementCodes
{
    public const string FullVehicleProfile = "full_vehicle_profile";
    public const string FirstVerifiedService = "first_verified_service";
    public const string VerifiedHistory = "verified_history";
    public const string CompleteGarage = "complete_garage";
    public const string VinConfirmed = "vin_confirmed";
    public const string FuelLogStarted = "fuel_log_started";
    public const string MaintenanceBaseline = "maintenance_baseline";
    public const string VerifiedServiceCenter = "verified_service_center";
}
