namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> Notifications() =>
        new()
        {
            ["notify.maintenance_due_soon.title"] = "🟡 {0}: скоро обслуживание",
            ["notify.maintenance_due_soon.action"] =
                "Запланируйте его, пока удобно. Когда работа будет сделана, запишите её здесь — напоминание начнётся заново.",
            ["notify.maintenance_overdue.title"] = "🔴 {0}: обслуживание просрочено",
            ["notify.maintenance_overdue.action"] =
                "Запишитесь на сервис в ближайшее время. Уже сделали? Запишите здесь, а если работу сделал сервис — пусть засчитается его визит: напоминание начнётся заново, а паспорт это покажет.",
            ["notify.due.date"] = "• {0} — до {1:d}",
            ["notify.due.km"] = "• {0} — на {1:n} км",
            ["notify.due.date_or_km"] = "• {0} — до {1:d} или на {2:n} км",
            ["notify.mileage"] = "Пробег: {0:n} км.",
            ["notify.mileage_estimated"] =
                "Пробег: около {0:n} км по вашим недавним поездкам (последнее показание {1:n} км).",
            ["notify.visit_awaiting_confirmation.title"] = "🧾 {0}: визит в сервис ждёт вашего ответа",
            ["notify.visit_awaiting_confirmation.action"] =
                "{1} записал работы от {2:d}. Откройте паспорт и подтвердите, если работы сделаны, или оспорьте: в подтверждённую историю визит попадёт только после вашего ответа.",
            ["notify.data_change_pending.title"] = "✏️ {0}: изменение ждёт вашего согласия",
            ["notify.data_change_pending.action"] =
                "{1} предлагает новое значение поля «{2}». Ничего не изменится без вашего согласия; решите в паспорте.",
            ["notify.access_request_pending.title"] = "🔑 {0}: сервис просит доступ",
            ["notify.access_request_pending.action"] =
                "{1} просит доступ к паспорту этого автомобиля. Без вашего разрешения ничего не откроется; решите в паспорте.",
            ["notify.profile_milestone.title"] = "📘 {0}: паспорт заполнен на {1} %",
            ["notify.profile_milestone.action"] = "Следующий шаг — {2}",
            ["notify.profile_milestone.complete"] = "Все пункты заполнены: паспорт полный.",
            ["notify.first_verified_service.title"] = "✅ {0}: первое обслуживание подтвердил проверенный сервис",
            ["notify.first_verified_service.action"] =
                "В истории появились подтверждённые записи. Откройте паспорт, чтобы увидеть, как они учитываются.",
            ["notify.someone"] = "Сервис",
            ["notify.settings_hint"] = "Какие напоминания получать, выбирается в /settings.",
            ["notify.button.log_service"] = "🛠 Записать обслуживание",
            ["notify.button.passport"] = "📋 Открыть паспорт",
            ["notify.button.review"] = "📋 Решить в паспорте",
            ["notify.field.vin"] = "VIN",
            ["notify.field.plate"] = "Госномер",
            ["notify.field.odometer"] = "Пробег",
            ["notify.field.make"] = "Марка",
            ["notify.field.model"] = "Модель",
            ["notify.field.year"] = "Год выпуска",
            ["notify.field.engine_oil_type"] = "Моторное масло",
            ["notify.field.engine_oil_volume"] = "Объём моторного масла",
            ["notify.field.transmission_fluid"] = "Трансмиссионная жидкость",
            ["notify.field.coolant_type"] = "Охлаждающая жидкость",
            ["notify.field.brake_fluid_type"] = "Тормозная жидкость",
        };
}
