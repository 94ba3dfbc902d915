namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> Statuses() =>
        new()
        {
            ["profile_quality.basic"] = "Базовый профиль",
            ["profile_quality.useful"] = "Полезный профиль владельца",
            ["profile_quality.strong"] = "Надёжный профиль обслуживания",
            ["profile_quality.high_confidence"] = "Паспорт высокой достоверности",
            ["profile_quality.detailed"] = "Подробный профиль, обслуживание пока не подтверждено",
            ["history_status.self_reported"] = "Со слов владельца",
            ["history_status.partially_verified"] = "Частично подтверждена",
            ["history_status.verified"] = "Подтверждённая история обслуживания",
            ["maintenance_status.green"] = "Всё в порядке",
            ["maintenance_status.yellow"] = "Требует внимания",
            ["maintenance_status.red"] = "Обслуживание просрочено",
            ["reminder_due.unknown"] = "Нужны данные",
            ["reminder_due.ok"] = "Пока не требуется",
            ["reminder_due.due_soon"] = "Скоро",
            ["reminder_due.overdue"] = "Просрочено",
            ["trust_level.new"] = "Доверие: пока мало визитов",
            ["trust_level.verified"] = "Проверенный сервис",
            ["trust_level.reliable"] = "Надёжный сервис",
            ["trust_level.high_confidence"] = "Сервис высокого доверия",
            ["consistency.summary"] = "Записи есть в {0} из {1} последних месяцев",
        };
}
