namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> WriteErrors() =>
        new()
        {
            ["error.user_not_found"] = "Не удалось найти ваш профиль. Отправьте /start и попробуйте снова.",
            ["error.vehicle_not_found"] = "Этот автомобиль не найден в вашем гараже.",
            ["error.vehicle_archived"] = "Автомобиль в архиве: паспорт можно смотреть, но не менять.",
            ["error.vehicle_name_required"] = "Укажите название или марку автомобиля.",
            ["error.value_too_long"] = "Слишком длинно: не больше {0} символов.",
            ["error.year_out_of_range"] = "Год должен быть от {0} до {1}.",
            ["error.oil_volume_out_of_range"] = "Объём масла должен быть от {0:n} до {1:n} л.",
            ["error.consumption_out_of_range"] = "Расход должен быть от {0:n} до {1:n} л/100 км.",
            ["error.litres_out_of_range"] = "Литров должно быть больше {0:n} и не больше {1:n}.",
            ["error.price_out_of_range"] = "Цена не может быть отрицательной или такой большой.",
            ["error.kwh_out_of_range"] = "Энергии должно быть больше {0:n} и не больше {1:n} кВт·ч.",
            ["error.soc_out_of_range"] = "Уровень заряда должен быть от {0} до {1} %.",
            ["error.soc_after_below_before"] = "Уровень заряда после зарядки не может быть ниже, чем до неё.",
            ["error.charging_place_invalid"] =
                "Выберите, где заряжались: дома, на общественной или на быстрой станции.",
            ["error.date_in_future"] = "Эта дата ещё не наступила.",
            ["error.date_too_old"] = "Эта дата слишком давняя.",
            ["error.interval_required"] = "Укажите интервал в километрах, в месяцах или и то и другое.",
            ["error.interval_km_out_of_range"] = "Интервал должен быть от {0:n} до {1:n} км.",
            ["error.interval_months_out_of_range"] = "Интервал должен быть от {0} до {1} мес.",
            ["error.time_zone_unknown"] = "Такой часовой пояс неизвестен. Укажите, например, Europe/Moscow.",
            ["error.center_name_required"] = "Укажите название сервиса.",
            ["error.center_city_required"] = "Укажите город сервиса.",
            ["error.center_not_found"] = "Сервис не найден.",
            ["error.operator_only"] = "Это может сделать только оператор CarPass.",
            ["error.rejection_reason_required"] = "Укажите причину отказа.",
            ["error.access_days_invalid"] = "Доступ можно дать на 1, 7 или 30 дней.",
            ["error.not_an_employee"] = "Вы не активный сотрудник этого сервиса.",
            ["error.work_items_required"] = "Перечислите выполненные работы.",
            ["error.visit_not_found"] = "Визит в сервис не найден.",
            ["error.visit_already_decided"] = "По этому визиту уже принято решение; ничего не изменилось.",
        };
}
