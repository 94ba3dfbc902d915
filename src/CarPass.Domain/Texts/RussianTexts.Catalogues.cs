namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> Catalogues() =>
        new()
        {
            ["service_kind.engine_oil"] = "Моторное масло",
            ["service_kind.oil_filter"] = "Масляный фильтр",
            ["service_kind.air_filter"] = "Воздушный фильтр",
            ["service_kind.cabin_filter"] = "Салонный фильтр",
            ["service_kind.fuel_filter"] = "Топливный фильтр",
            ["service_kind.spark_plugs"] = "Свечи зажигания",
            ["service_kind.brake_pads"] = "Тормозные колодки",
            ["service_kind.brake_fluid"] = "Тормозная жидкость",
            ["service_kind.coolant"] = "Охлаждающая жидкость",
            ["service_kind.transmission_fluid"] = "Трансмиссионное масло",
            ["service_kind.timing_belt"] = "Ремень ГРМ",
            ["service_kind.tyres"] = "Шины",
            ["service_kind.battery"] = "Аккумулятор",
            ["service_kind.inspection"] = "Техосмотр",
            ["service_kind.other"] = "Другое обслуживание",
            ["fuel_type.petrol"] = "Бензин",
            ["fuel_type.diesel"] = "Дизель",
            ["fuel_type.lpg"] = "Газ (пропан)",
            ["fuel_type.cng"] = "Газ (метан)",
            ["fuel_type.hybrid"] = "Гибрид",
            ["fuel_type.electric"] = "Электро",
            ["fuel_type.plugin_hybrid"] = "Подключаемый гибрид",
            ["fuel_type.other"] = "Другое",
            ["visit_status.pending_confirmation"] = "Ждёт вашего подтверждения",
            ["visit_status.confirmed"] = "Подтверждён",
            ["visit_status.rejected"] = "Отклонён",
            ["visit_status.disputed"] = "Оспорен",
            ["visit_status.cancelled"] = "Отменён",
            ["visit_status.hidden"] = "Скрыт",
        };
}
