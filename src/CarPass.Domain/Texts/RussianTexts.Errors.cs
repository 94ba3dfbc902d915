namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> Errors() =>
        new()
        {
            ["error.vin_required"] = "Введите VIN.",
            ["error.vin_wrong_length"] = "В VIN 17 символов, а здесь {0}.",
            ["error.vin_forbidden_letters"] = "В VIN не бывает букв I, O и Q — скорее всего, это цифры 1 и 0.",
            ["error.vin_invalid_chars"] = "VIN состоит только из латинских букв и цифр.",
            ["error.vin_check_digit"] = "Контрольный символ (9-й) не сходится. Проверьте VIN на опечатку.",
            ["error.plate_required"] = "Введите госномер.",
            ["error.plate_country_required"] = "Это не похоже на российский номер. Укажите страну регистрации.",
            ["error.plate_country_invalid"] = "Страна указывается двухбуквенным кодом, например RU или DE.",
            ["error.plate_invalid_ru"] =
                "Российский номер выглядит так: А123ВС77 — буква, три цифры, две буквы и код региона из 2–3 цифр.",
            ["error.plate_invalid"] = "Номер должен состоять из 2–10 латинских букв и цифр.",
            ["error.odometer_out_of_range"] = "Пробег должен быть от 0 до 2 000 000 км.",
            ["error.odometer_below_trusted"] =
                "Это меньше последнего подтверждённого показания ({0:n} км). Проверьте число.",
            ["error.odometer_above_later"] =
                "Это больше более позднего подтверждённого показания ({0:n} км). Проверьте число и дату.",
            ["error.odometer_implausible_jump"] =
                "Это на {1:n} км больше последнего подтверждённого показания ({0:n} км). Проверьте число.",
        };
}
