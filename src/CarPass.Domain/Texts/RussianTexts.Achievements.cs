namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> Achievements() =>
        new()
        {
            ["achievement.full_vehicle_profile.title"] = "Полный профиль автомобиля",
            ["achievement.full_vehicle_profile.description"] = "Заполнены все доступные пункты профиля.",
            ["achievement.first_verified_service.title"] = "Первое подтверждённое обслуживание",
            ["achievement.first_verified_service.description"] =
                "Проверенный сервис записал визит, и вы его подтвердили.",
            ["achievement.verified_history.title"] = "Подтверждённая история обслуживания",
            ["achievement.verified_history.description"] =
                "Большая часть истории обслуживания подтверждена проверенными сервисами.",
            ["achievement.complete_garage.title"] = "Гараж заполнен",
            ["achievement.complete_garage.description"] =
                "У каждого активного автомобиля есть идентификация, пробег и база обслуживания.",
            ["achievement.vin_confirmed.title"] = "VIN указан",
            ["achievement.vin_confirmed.description"] = "Автомобиль идентифицирован по корректному VIN.",
            ["achievement.fuel_log_started.title"] = "Журнал заправок начат",
            ["achievement.fuel_log_started.description"] = "Записана первая заправка.",
            ["achievement.maintenance_baseline.title"] = "База обслуживания",
            ["achievement.maintenance_baseline.description"] =
                "У каждого напоминания об обслуживании есть точка отсчёта.",
            ["achievement.verified_service_center.title"] = "Проверенный сервис",
            ["achievement.verified_service_center.description"] = "Документы сервиса проверены CarPass.",
        };
}
