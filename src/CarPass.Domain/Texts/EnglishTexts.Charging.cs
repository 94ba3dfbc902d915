namespace CarPass.Domain.Texts;

public static partial class EnglishTexts
{
    private static Dictionary<string, string> Charging() =>
        new()
        {
            ["bot.menu.charge"] = "Charging",
            ["bot.command.charge"] = "Log a charging session",
            ["bot.charge.kwh"] = "How many kWh were added?",
            ["bot.charge.price"] = "Total price? (optional)",
            ["bot.charge.soc_before"] = "Battery level before charging, %? (optional)",
            ["bot.charge.soc_after"] = "Battery level after charging, %? (optional, it makes consumption exact)",
            ["bot.charge.place"] = "Where did you charge?",
            ["bot.charge.odometer"] = "Odometer at the charge, km? (optional, but consumption needs it)",
            ["bot.charge.saved"] = "✅ Charging saved: {0:n} kWh.",
            ["charging_place.home"] = "🏠 Home",
            ["charging_place.public"] = "🔌 Public charger",
            ["charging_place.fast"] = "⚡ Fast charger",
            ["miniapp.charging.body_invalid"] = "The charging session could not be read: send JSON with kwh and place.",
            ["miniapp.timeline.label.charging"] = "Charging",
            ["miniapp.timeline.charging.home"] = "Charged at home",
            ["miniapp.timeline.charging.public"] = "Charged at a public charger",
            ["miniapp.timeline.charging.fast"] = "Fast charge",
        };
}
