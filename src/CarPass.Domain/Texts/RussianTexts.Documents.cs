namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> Documents() =>
        new()
        {
            ["error.document_number_required"] = "Введите номер документа.",
            ["error.document_expiry_invalid"] =
                "Последний день действия — не раньше даты выдачи и не дальше чем через 10 лет.",
            ["error.document_not_found"] = "Документ не найден.",
            ["error.tyre_size_invalid"] = "Введите размер как на боковине шины, например 205/55 R16.",
            ["error.tyre_set_not_found"] = "Комплект шин не найден.",
            ["error.first_frost_invalid"] = "Дата первых заморозков — с августа по декабрь.",
            ["document_kind.osago"] = "ОСАГО",
            ["document_kind.kasko"] = "КАСКО",
            ["document_kind.inspection"] = "Техосмотр",
            ["document_kind.other"] = "Другой документ",
            ["document_status.valid"] = "Действует",
            ["document_status.expiring"] = "Скоро истекает",
            ["document_status.lapsed"] = "Истёк",
            ["document_status.renewed"] = "Истёк, продлён",
            ["tyre_season.summer"] = "Летние",
            ["tyre_season.winter"] = "Зимние",
            ["tyre_season.all_season"] = "Всесезонные",
            ["notify.document_expiring.title"] = "📄 {0}: скоро истекает документ",
            ["notify.document_expiring.action"] =
                "Продлите его вовремя и добавьте новый в /documents — напоминания прекратятся.",
            ["notify.document_lapsed.title"] = "⛔ {0}: срок документа истёк",
            ["notify.document_lapsed.action"] =
                "Ездить без действующего полиса ОСАГО нельзя. Уже продлили? Добавьте новый полис в /documents.",
            ["notify.document.line"] = "• {0} — действует до {1:d}, осталось {2:plural:день|дня|дней}",
            ["notify.document.line_lapsed"] = "• {0} — истёк после {1:d}",
            ["notify.tyre_season.title"] = "🛞 {0}: пора менять шины",
            ["notify.tyre_season.line"] = "{0} шины — их сезон настал.",
            ["notify.tyre_season.action"] = "Когда поставите комплект, отметьте его в /tyres.",
            ["notify.button.documents"] = "📄 Документы",
            ["notify.button.tyres"] = "🛞 Шины",
            ["missing.insurance_valid.title"] = "Действующий полис ОСАГО",
            ["missing.insurance_valid.why"] = "Последний записанный полис ОСАГО истёк; ездить без полиса нельзя.",
            ["missing.insurance_valid.action"] = "Добавьте продлённый полис в /documents.",
            ["report.insurance.title"] = "Страховка (ОСАГО)",
            ["report.insurance.valid"] = "Действует до {0:d} · полис {1}",
            ["report.insurance.lapsed"] = "Истёк после {0:d} · полис {1}",
        };
}
