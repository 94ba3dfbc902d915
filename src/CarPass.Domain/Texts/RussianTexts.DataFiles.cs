namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> DataFiles() =>
        new()
        {
            ["bot.command.export"] = "Выгрузить данные (CSV или JSON)",
            ["bot.command.import"] = "Импорт истории из LubeLogger или Fuelly",
            ["bot.export.pick"] = "📦 Выгрузка данных: какой автомобиль?",
            ["bot.export.all"] = "Все автомобили",
            ["bot.export.format"] =
                "В каком формате? Таблицы CSV (в ZIP, с описанием всех столбцов в README) открываются в любой электронной таблице; JSON — для программ.",
            ["bot.export.zip"] = "📊 Таблицы CSV (ZIP)",
            ["bot.export.json"] = "🧩 JSON",
            ["bot.export.ready"] = "📦 Ваша выгрузка ниже.",
            ["bot.export.caption"] =
                "Данные CarPass: {0}. Записи, внесённые вами, помечены self_reported; работы, записанные сервисом и подтверждённые вами, — service_confirmed.",
            ["bot.export.caption_all"] = "все ваши автомобили",
            ["bot.export.none"] = "Выгружать пока нечего: сначала добавьте автомобиль.",
            ["bot.import.how"] =
                "📥 Чтобы перенести историю из LubeLogger (выгрузка CSV заправок, обслуживания или пробега) или Fuelly (выгрузка CSV заправок), отправьте файл сюда документом, до {0} КБ. Вы увидите, что будет импортировано; ничего не изменится, пока вы не нажмёте «Импортировать».",
            ["bot.import.pick"] = "Для какого автомобиля этот файл ({0})?",
            ["bot.import.summary"] =
                "Проверка перед импортом — файл «{0}» для «{1}»:\nНайдено строк: {2}\nБудет импортировано: {3}\nПропущено повторов: {4}\nОтклонено: {5}",
            ["bot.import.rejected_title"] = "Отклонённые строки:",
            ["bot.import.rejected_line"] = "строка {0}: {1}",
            ["bot.import.rejected_more"] = "…и ещё {0:plural:строка|строки|строк}",
            ["bot.import.self_reported"] =
                "Импортированные записи считаются внесёнными вами, а не подтверждённой сервисом историей.",
            ["bot.import.confirm"] = "✅ Импортировать {0}",
            ["bot.import.cancel"] = "✖ Отмена",
            ["bot.import.done"] =
                "✅ В «{1}» импортировано: {0:plural:запись|записи|записей}. Они помечены как внесённые вами, не подтверждённые.",
            ["bot.import.cancelled"] = "Импорт отменён: ничего не изменилось.",
            ["bot.import.expired"] = "Этот импорт больше не ждёт подтверждения. Отправьте файл ещё раз.",
            ["bot.import.no_vehicle"] =
                "Сначала добавьте автомобиль: импортированным записям нужен автомобиль, к которому они относятся.",
            ["import.format.lube_logger_fuel"] = "LubeLogger, заправки",
            ["import.format.lube_logger_service"] = "LubeLogger, обслуживание",
            ["import.format.lube_logger_odometer"] = "LubeLogger, пробег",
            ["import.format.fuelly"] = "Fuelly, заправки",
            ["error.import_too_large"] =
                "Файл слишком большой: CarPass принимает файлы до {0} КБ. Выгрузите период покороче и отправьте снова.",
            ["error.import_unknown_format"] =
                "CarPass не может импортировать этот файл. Отправьте без изменений CSV, выгруженный из LubeLogger (заправки, обслуживание или пробег) или Fuelly (заправки).",
            ["error.import_malformed"] =
                "Файл не читается как таблица CSV (сломаны кавычки или столбцы). Выгрузите его заново и отправьте без изменений.",
            ["error.import_encoding"] =
                "Этот файл не удаётся прочитать как текст: сохраните его как CSV в UTF-8 (или Windows-1251) и отправьте снова.",
            ["error.import_archive"] =
                "Архив отклонён: он распаковывается в слишком большой объём или в нём слишком много файлов. Отправьте сам файл CSV.",
            ["error.import_empty"] = "В файле есть заголовок, но нет строк для импорта.",
            ["error.import_too_many_rows"] = "В файле больше {0} строк. Разделите его и отправьте части по очереди.",
            ["error.import_date_missing"] = "нет даты",
            ["error.import_date_invalid"] = "дата «{0}» не распознана",
            ["error.import_date_ambiguous"] =
                "дата «{0}» может означать и день/месяц, и месяц/день; другие даты файла не подсказывают, как именно",
            ["error.import_number_invalid"] = "«{1}» в столбце {0} — не число",
            ["error.import_changed"] =
                "После проверки записи автомобиля изменились, поэтому ничего не импортировано. Отправьте файл ещё раз.",
            ["error.import_nothing"] = "Импортировать нечего: все строки уже есть в паспорте или отклонены.",
            ["error.import_download_failed"] = "Telegram не передал файл. Отправьте его ещё раз.",
        };
}
