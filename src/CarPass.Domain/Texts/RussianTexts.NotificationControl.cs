namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> NotificationControl() =>
        new()
        {
            ["bot.settings.quiet_hours"] =
                "Тихие часы: {0:00}:00–{1:00}:00 ({2}). В это время ничего не приходит: уведомления ждут {1:00}:00.",
            ["bot.settings.quiet_hours_off"] = "Тихие часы: выключены. Уведомления приходят в любое время.",
            ["bot.settings.change_quiet_hours"] = "🌙 Тихие часы",
            ["bot.settings.ask_quiet_hours"] =
                "Когда CarPass молчать? Выберите вариант или отправьте два целых часа по вашему часовому поясу ({0}), например 22-8 — с 22:00 до 08:00.",
            ["bot.settings.quiet_off"] = "Выключить",
            ["bot.settings.quiet_hours_saved"] = "✅ Тихие часы: {0:00}:00–{1:00}:00 ({2}).",
            ["bot.settings.quiet_hours_saved_off"] = "✅ Тихие часы выключены: уведомления приходят в любое время.",
            ["bot.settings.muted_title"] = "Заглушённые сервисы (без сообщений об их запросах):",
            ["bot.settings.unmute"] = "🔔 Включить {0}",
            ["bot.mute.button"] = "🔕 Не присылать от этого сервиса",
            ["bot.mute.done"] =
                "🔕 {0} заглушён: сообщений о его запросах больше не будет. Запросы по-прежнему ждут вашего ответа: можно ответить на сообщение выше, а визиты остаются в ленте Mini App как ожидающие. Включить снова — в /settings.",
            ["bot.mute.undone"] = "🔔 {0} снова присылает сообщения о своих запросах.",
            ["error.center_not_muted"] = "Этот сервис не заглушён. Ничего не изменилось.",
            ["error.quiet_hours_invalid"] =
                "Тихие часы — два разных целых часа от 0 до 23, например 22-8 (с 22:00 до 08:00), или «Выключить». Ничего не изменилось.",
        };
}
