namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> Ocr() =>
        new()
        {
            ["error.ocr_image_too_large"] = "Файл слишком большой: не больше {0} МБ, пожалуйста.",
            ["error.ocr_not_an_image"] =
                "Это не изображение. Пришлите фото VIN, номера или свидетельства о регистрации.",
            ["error.ocr_format_unsupported"] =
                "Этот формат изображения не читается. Пришлите его как фото (JPEG или PNG).",
            ["error.ocr_image_corrupt"] = "Изображение повреждено и не открывается. Сделайте, пожалуйста, другое фото.",
            ["error.ocr_dimensions_too_large"] = "Изображение слишком большое. Пришлите его как фото, а не как файл.",
            ["error.ocr_image_too_complex"] =
                "Изображение сохранено необычным способом и не читается. Пришлите, пожалуйста, обычное фото.",
            ["error.ocr_image_too_small"] = "Изображение слишком маленькое. Сфотографируйте, пожалуйста, ближе.",
            ["error.ocr_image_blank"] = "На изображении ничего нет. Сфотографируйте, пожалуйста, текст.",
            ["error.ocr_engine_unavailable"] = "Распознавание текста сейчас недоступно. Введите значение вручную.",
            ["error.ocr_nothing_found"] =
                "На фото не найден ни VIN, ни номер. Попробуйте другое фото, ближе и ровнее, или введите вручную.",
            ["error.ocr_rate_limited"] =
                "Слишком много фото подряд. Попробуйте через {0:plural:минуту|минуты|минут} или введите значение вручную.",
            ["error.ocr_scan_not_found"] = "Скан не найден.",
            ["error.ocr_scan_already_decided"] = "Этот скан уже подтверждён или отклонён; ничего не изменилось.",
            ["error.ocr_choice_unknown"] = "Этого значения не было среди распознанных на фото.",
            ["ocr_field.vin"] = "VIN",
            ["ocr_field.plate"] = "Госномер",
            ["ocr_field.make_model"] = "Марка и модель",
            ["ocr_field.year"] = "Год выпуска",
            ["ocr_field.colour"] = "Цвет",
        };
}
