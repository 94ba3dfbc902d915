namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> Report() =>
        new()
        {
            ["bot.command.report"] = "Отчёт для покупателя с проверкой",
            ["bot.command.links"] = "Ваши открытые ссылки на отчёты",
            ["error.report_link_days"] = "Ссылкой на отчёт можно поделиться на срок от {0} до {1} дней.",
            ["error.report_link_not_open"] = "Эта ссылка больше не действует: её отозвали или срок истёк.",
            ["report.title"] = "Отчёт о паспорте автомобиля",
            ["report.id"] = "Отчёт {0}",
            ["report.made"] = "Составлен {0:d}",
            ["report.made_by"] = "Составлен {0:d}, владелец: {1}",
            ["report.footer"] = "CarPass · отчёт {0} · страница {1}",
            ["report.identity"] = "Автомобиль",
            ["report.vin"] = "VIN: {0}",
            ["report.plate"] = "Госномер: {0}",
            ["report.not_given"] = "не указан",
            ["report.masked"] = "VIN и номер частично скрыты по выбору владельца.",
            ["report.check_live"] =
                "Отсканируйте код, чтобы увидеть паспорт таким, какой он сегодня, и что изменилось после отчёта. Ссылка действует до {0:d}.",
            ["report.quality.title"] = "Качество паспорта",
            ["report.quality.line"] = "{0}/100 — {1}",
            ["report.quality.means.basic"] =
                "Базовый: записано лишь несколько фактов об автомобиле. Историю стоит считать неполной.",
            ["report.quality.means.useful"] = "Полезный: основные факты записаны, но важных частей истории не хватает.",
            ["report.quality.means.strong"] =
                "Сильный: данные, пробег и обслуживание записаны хорошо; не хватает немногого.",
            ["report.quality.means.high_confidence"] =
                "Высокое доверие: паспорт полный, и значительная часть истории подтверждена сервисами.",
            ["report.history.title"] = "История обслуживания",
            ["report.history.line"] = "{0}: {1} из {2} записей подтверждены сервисом",
            ["report.history.disputes"] =
                "{0:plural:визит оспорен|визита оспорены|визитов оспорены} владельцем и не учитываются.",
            ["report.verified.title"] = "Подтверждено: записано сервисом, подтверждено владельцем",
            ["report.verified.none"] = "Подтверждённых визитов в сервис пока нет.",
            ["report.verified.center"] = "{0} · {1}",
            ["report.verified.center_checked"] = "{0} (проверенный сервис) · {1}",
            ["report.self.title"] = "Со слов владельца",
            ["report.self.note"] = "Полезно, но никем больше не подтверждено: в подтверждённую историю не входит.",
            ["report.self.none"] = "Собственных записей владельца нет.",
            ["report.date"] = "{0:d}",
            ["report.date_km"] = "{0:d} · {1:n} км",
            ["report.odometer.title"] = "Пробег",
            ["report.odometer.current"] = "Наибольшее доверенное показание: {0:n} км",
            ["report.odometer.flagged"] =
                "{0:plural:показание отмечено|показания отмечены|показаний отмечены} как неправдоподобные (меньше прежнего или скачок) и не считаются доверенными.",
            ["report.odometer.none"] = "Показаний пробега пока нет.",
            ["report.chart.trusted"] = "Доверенное показание",
            ["report.chart.owner"] = "Показание владельца",
            ["report.chart.flagged"] = "Отмеченное показание",
            ["report.chart.km"] = "км",
            ["report.maintenance.title"] = "Обслуживание",
            ["report.maintenance.none"] = "Напоминания об обслуживании не заданы.",
            ["report.consumption.title"] = "Расход топлива и энергии",
            ["report.consumption.fuel"] =
                "В среднем {0} л/100 км по {1:plural:отрезку|отрезкам|отрезкам} между полными баками.",
            ["report.consumption.electric"] = "В среднем {0} кВт·ч/100 км по {1:plural:зарядке|зарядкам|зарядкам}.",
            ["report.consumption.baseline_fuel"] = "Ожидаемый расход по словам владельца: {0} л/100 км.",
            ["report.consumption.baseline_electric"] = "Ожидаемый расход по словам владельца: {0} кВт·ч/100 км.",
            ["report.consumption.none"] = "Полных заправок пока слишком мало, чтобы судить о расходе.",
            ["report.ownership.title"] = "Владение",
            ["report.ownership.count"] =
                "{0:plural:владелец|владельца|владельцев} в CarPass (имена никогда не показываются).",
            ["report.ownership.period"] = "{0:d} — {1:d}",
            ["report.ownership.current"] = "{0:d} — по сей день",
            ["report.badges.title"] = "Знаки",
            ["report.badges.none"] = "Знаков пока нет.",
            ["report.about.title"] = "Об этом отчёте",
            ["report.about.body"] =
                "CarPass — паспорт автомобиля, который владелец ведёт в Telegram. У каждой строки здесь указано, кто за ней стоит: только владелец или сервис, чью работу владелец подтвердил. CarPass не осматривает автомобили; живая страница по QR-коду показывает тот же паспорт сегодня.",
            ["report.page.title"] = "Паспорт автомобиля CarPass",
            ["report.page.made"] = "Отчёт {0} составлен {1:d}. Ниже — паспорт таким, какой он сейчас.",
            ["report.page.made_by"] =
                "Отчёт {0} составлен {1:d}, владелец: {2}. Ниже — паспорт таким, какой он сейчас.",
            ["report.page.changes"] = "После отчёта",
            ["report.page.no_changes"] = "Эти показатели после отчёта не менялись.",
            ["report.page.change_quality"] = "Качество паспорта: {0} → {1}",
            ["report.page.change_visits"] = "Подтверждённые визиты: {0} → {1}",
            ["report.page.change_odometer"] = "Наибольшее доверенное показание: {0} → {1}",
            ["report.page.until"] = "Страница доступна до {0:g}.",
            ["report.page.gone_title"] = "Больше не доступно",
            ["report.page.gone"] =
                "Этим отчётом больше не делятся. Если он всё ещё нужен, попросите у владельца новую ссылку.",
            ["report.page.none"] = "—",
            ["report.page.km"] = "{0:n} км",
            ["bot.menu.report"] = "📄 Отчёт для покупателя",
            ["bot.report.pick_vehicle"] = "Для какого автомобиля отчёт?",
            ["bot.report.no_vehicles"] =
                "У вас нет своего автомобиля, для которого можно составить отчёт. Добавьте его: /add.",
            ["bot.report.identity"] =
                "Отчёт для «{0}». Показать VIN и номер полностью или частично скрыть (покупатель всё равно сможет сверить их с документами)?",
            ["bot.report.full"] = "Полностью",
            ["bot.report.masked"] = "Частично скрыть",
            ["bot.report.days"] = "В отчёте есть ссылка на живую страницу паспорта. Сколько она будет открываться?",
            ["bot.report.days_option"] = "{0:plural:день|дня|дней}",
            ["bot.report.name"] = "Указать в отчёте ваше имя?",
            ["bot.report.name_yes"] = "Да, «{0}»",
            ["bot.report.name_no"] = "Нет",
            ["bot.report.making"] = "Составляю отчёт…",
            ["bot.report.sent"] =
                "📄 Отчёт {0} для «{1}». Покупатель может проверить его вживую до {2:g}: {3}\nСсылки можно посмотреть или отозвать: /links.",
            ["bot.report.caption"] = "Отчёт CarPass {0} · «{1}»",
            ["bot.links.title"] = "Отчёты, которыми вы делитесь:",
            ["bot.links.line"] = "{0} · «{1}» · до {2:g} · открыт {3:plural:раз|раза|раз}",
            ["bot.links.none"] = "Сейчас вы не делитесь ни одним отчётом. Составьте его: /report.",
            ["bot.links.revoke"] = "🚫 Отозвать {0}",
            ["bot.links.revoked"] = "Отчётом {0} больше не делятся: ссылка ничего не покажет.",
        };
}
