namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    /// <summary>What the Mini App's API returns beyond the shared statuses: timeline lines and trust levels explained.</summary>
    private static Dictionary<string, string> MiniApp() =>
        new()
        {
            ["miniapp.settings.body_invalid"] =
                "Не удалось прочитать настройки: отправьте JSON с полями, которые нужно изменить.",
            ["miniapp.settings.language_invalid"] = "Язык должен быть «ru» или «en».",
            ["miniapp.timeline.label.fuel"] = "Топливо",
            ["miniapp.timeline.label.service"] = "Запись об обслуживании",
            ["miniapp.timeline.label.visit"] = "Визит в сервис",
            ["miniapp.timeline.label.visit_confirmed"] = "Подтверждение",
            ["miniapp.timeline.label.dispute"] = "Спор",
            ["miniapp.timeline.label.ocr"] = "Скан",
            ["miniapp.timeline.label.data_change"] = "Изменение данных",
            ["miniapp.timeline.label.achievement"] = "Отметка паспорта",
            ["miniapp.timeline.label.ownership"] = "Владелец",
            ["miniapp.timeline.ownership.title"] = "Смена владельца: паспорт перешёл вместе с автомобилем",
            ["miniapp.timeline.label.odometer"] = "Пробег",
            ["miniapp.timeline.fuel.full_tank"] = "Заправка до полного бака",
            ["miniapp.timeline.fuel.partial"] = "Заправка",
            ["miniapp.timeline.visit.title"] = "Визит в сервис",
            ["miniapp.timeline.visit_confirmed.title"] = "Визит подтверждён владельцем",
            ["miniapp.timeline.dispute.title"] = "Визит оспорен",
            ["miniapp.timeline.label.dispute_resolved"] = "Решение по спору",
            ["miniapp.timeline.dispute_resolved.resolved_for_owner"] = "Спор решён в пользу владельца: визит отклонён",
            ["miniapp.timeline.dispute_resolved.resolved_for_center"] =
                "Спор решён в пользу сервиса: визит не подтверждён, пока его не подтвердит владелец",
            ["miniapp.timeline.dispute_resolved.withdrawn"] = "Спор отозван",
            ["miniapp.timeline.ocr.auto"] = "Скан фото",
            ["miniapp.timeline.ocr.vin"] = "Скан VIN",
            ["miniapp.timeline.ocr.plate"] = "Скан номера",
            ["miniapp.timeline.ocr.document"] = "Скан документа",
            ["miniapp.timeline.data_change.title"] = "Предложено изменение: {0}",
            ["miniapp.timeline.odometer.title"] = "Показание одометра",
            ["miniapp.vehicle_field.vin"] = "VIN",
            ["miniapp.vehicle_field.plate"] = "госномер",
            ["miniapp.vehicle_field.odometer"] = "пробег",
            ["miniapp.vehicle_field.make"] = "марка",
            ["miniapp.vehicle_field.model"] = "модель",
            ["miniapp.vehicle_field.year"] = "год выпуска",
            ["miniapp.vehicle_field.engine_oil_type"] = "тип моторного масла",
            ["miniapp.vehicle_field.engine_oil_volume"] = "объём моторного масла",
            ["miniapp.vehicle_field.transmission_fluid"] = "трансмиссионная жидкость",
            ["miniapp.vehicle_field.coolant_type"] = "охлаждающая жидкость",
            ["miniapp.vehicle_field.brake_fluid_type"] = "тормозная жидкость",
            ["miniapp.dispute_status.open"] = "На рассмотрении",
            ["miniapp.dispute_status.resolved_for_owner"] = "Решён в пользу владельца",
            ["miniapp.dispute_status.resolved_for_center"] = "Решён в пользу сервиса",
            ["miniapp.dispute_status.withdrawn"] = "Отозван",
            ["miniapp.ocr_status.proposed"] = "Предложено, не применено",
            ["miniapp.ocr_status.confirmed"] = "Применено после подтверждения",
            ["miniapp.ocr_status.discarded"] = "Отклонено",
            ["miniapp.request_status.pending"] = "Ждёт вашего решения",
            ["miniapp.request_status.approved"] = "Одобрено",
            ["miniapp.request_status.rejected"] = "Отклонено",
            ["miniapp.request_status.cancelled"] = "Отменено",
            ["miniapp.request_status.expired"] = "Истекло",
            ["miniapp.odometer_status.trusted"] = "Достоверное показание",
            ["miniapp.odometer_status.unconfirmed"] = "Не подтверждено",
            ["miniapp.odometer_status.flagged"] = "Сохранено, в напоминаниях не учитывается",
            ["miniapp.trust_level_description.new"] =
                "Недавно в CarPass или документы ещё не проверены: подтверждённых работ пока мало.",
            ["miniapp.trust_level_description.verified"] =
                "Документы проверены CarPass; подтверждённые работы накапливаются.",
            ["miniapp.trust_level_description.reliable"] =
                "Документы проверены, большая часть визитов подтверждена владельцами, споров мало.",
            ["miniapp.trust_level_description.high_confidence"] =
                "Стабильно подтверждённая работа на многих визитах и ни одного открытого спора.",
        };
}
