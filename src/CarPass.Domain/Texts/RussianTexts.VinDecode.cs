namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> VinDecode() =>
        new()
        {
            ["vin_decode.looks_like"] = "🔎 По VIN это {0} — верно?",
            ["vin_decode.model_year"] = "🔎 По VIN модельный год — {0}. Верно?",
            ["vin_decode.make_mismatch"] = "Вы указали {0}, а по VIN это {1}.",
            ["vin_decode.year_mismatch"] = "Вы указали {0} год, а модельный год по VIN — {1}.",
            ["vin_decode.replace"] =
                "Записать данные из VIN ({0}) вместо ваших? Без вашего нажатия ничего не изменится.",
            ["vin_decode.accept"] = "✅ Да, {0}",
            ["vin_decode.replace_button"] = "✏️ Записать {0}",
            ["vin_decode.skip"] = "Пропустить",
            ["vin_decode.keep"] = "Оставить моё",
            ["vin_decode.saved"] = "✅ Записано по VIN: {0}.",
            ["vin_decode.skipped"] = "Хорошо, в паспорте осталось то, что вы указали.",
            ["vin_decode.nothing"] = "Паспорт уже совпадает с VIN.",
        };
}
