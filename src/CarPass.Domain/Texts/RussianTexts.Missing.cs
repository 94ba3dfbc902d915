namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> MissingItems() =>
        new()
        {
            ["missing.owner_access.title"] = "Доступ владельца",
            ["missing.owner_access.why"] =
                "Только подтверждённый владелец может одобрять изменения и подтверждать визиты в сервис.",
            ["missing.owner_access.action"] = "Привяжите автомобиль к своему аккаунту как владелец.",
            ["missing.identity_baseline.title"] = "Марка, модель и год",
            ["missing.identity_baseline.why"] =
                "Базовые данные помогают напоминаниям и сервисам подобрать правильные спецификации.",
            ["missing.identity_baseline.action"] = "Укажите марку, модель и год выпуска.",
            ["missing.vin.title"] = "VIN",
            ["missing.vin.why"] = "VIN — самый надёжный способ идентифицировать автомобиль.",
            ["missing.vin.action"] = "Добавьте VIN: введите его или отправьте фото таблички с VIN.",
            ["missing.plate.title"] = "Госномер",
            ["missing.plate.why"] =
                "Номер со страной регистрации помогает сервису найти автомобиль, когда вы откроете доступ.",
            ["missing.plate.action"] = "Укажите госномер и страну регистрации.",
            ["missing.odometer.title"] = "Текущий пробег",
            ["missing.odometer.why"] = "Напоминаниям по пробегу нужно актуальное показание одометра.",
            ["missing.odometer.action"] = "Отправьте текущее показание одометра.",
            ["missing.fuel_type.title"] = "Тип топлива",
            ["missing.fuel_type.why"] = "От типа топлива зависят регламентные работы и расчёт расхода.",
            ["missing.fuel_type.action"] = "Выберите тип топлива.",
            ["missing.consumption_baseline.title"] = "Расход топлива",
            ["missing.consumption_baseline.why"] = "Зная обычный расход, легко заметить, если он изменился.",
            ["missing.consumption_baseline.action"] =
                "Запишите две заправки до полного бака с пробегом или укажите привычный расход.",
            ["missing.engine_oil_type.title"] = "Тип моторного масла",
            ["missing.engine_oil_type.why"] = "Точная спецификация масла исключает ошибку при следующей замене.",
            ["missing.engine_oil_type.action"] = "Укажите спецификацию моторного масла, например 5W-30.",
            ["missing.engine_oil_volume.title"] = "Объём моторного масла",
            ["missing.engine_oil_volume.why"] = "Объём масла помогает спланировать и проверить замену.",
            ["missing.engine_oil_volume.action"] = "Укажите объём масла в двигателе в литрах.",
            ["missing.fluids.title"] = "Трансмиссионная, охлаждающая и тормозная жидкости",
            ["missing.fluids.why"] =
                "Спецификации жидкостей позволяют любому сервису использовать подходящие материалы.",
            ["missing.fluids.action"] = "Укажите типы трансмиссионного масла, охлаждающей и тормозной жидкости.",
            ["missing.fuel_entry.title"] = "Журнал заправок",
            ["missing.fuel_entry.why"] =
                "Заправки показывают, как используется автомобиль, и отмечают пробег между обслуживаниями.",
            ["missing.fuel_entry.action"] = "Запишите следующую заправку — лучше до полного бака и с пробегом.",
            ["missing.service_record.title"] = "История обслуживания",
            ["missing.service_record.why"] = "Даже одна запись об обслуживании начинает историю автомобиля.",
            ["missing.service_record.action"] =
                "Добавьте последнее обслуживание, которое помните, или попросите сервис записать визит.",
            ["missing.confirmed_visit.title"] = "Подтверждённый визит в сервис",
            ["missing.confirmed_visit.why"] =
                "Визит, записанный сервисом и подтверждённый вами, — самое весомое подтверждение при продаже.",
            ["missing.confirmed_visit.action"] =
                "При следующем обслуживании попросите сервис записать визит в CarPass, а затем подтвердите его.",
            ["missing.obd.title"] = "Подключение OBD",
            ["missing.obd.why"] = "OBD-адаптер будет сам передавать пробег и состояние автомобиля.",
            ["missing.obd.action"] =
                "Пока ничего делать не нужно: подключение OBD появится в одной из следующих версий.",
        };
}
