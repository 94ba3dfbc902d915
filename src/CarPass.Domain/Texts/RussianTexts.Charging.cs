namespace CarPass.Domain.Texts;

public static partial class RussianTexts
{
    private static Dictionary<string, string> Charging() =>
        new()
        {
            ["bot.menu.charge"] = "Зарядка",
            ["bot.command.charge"] = "Записать зарядку",
            ["bot.charge.kwh"] = "Сколько кВт·ч заряжено?",
            ["bot.charge.price"] = "Сумма? (необязательно)",
            ["bot.charge.soc_before"] = "Заряд батареи до зарядки, %? (необязательно)",
            ["bot.charge.soc_after"] = "Заряд батареи после зарядки, %? (необязательно, так расход будет точнее)",
            ["bot.charge.place"] = "Где заряжались?",
            ["bot.charge.odometer"] = "Пробег при зарядке, км? (необязательно, но без него расход не посчитать)",
            ["bot.charge.saved"] = "✅ Зарядка сохранена: {0:n} кВт·ч.",
            ["charging_place.home"] = "🏠 Дома",
            ["charging_place.public"] = "🔌 Общественная станция",
            ["charging_place.fast"] = "⚡ Быстрая зарядка",
            ["miniapp.charging.body_invalid"] = "Не удалось прочитать зарядку: отправьте JSON с полями kwh и place.",
            ["miniapp.timeline.label.charging"] = "Зарядка",
            ["miniapp.timeline.charging.home"] = "Зарядка дома",
            ["miniapp.timeline.charging.public"] = "Зарядка на общественной станции",
            ["miniapp.timeline.charging.fast"] = "Быстрая зарядка",
        };
}
