using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows;

public static class Keyboards
{
    public static InlineKeyboardButton Button(string label, string action, params string[] args) =>
        InlineKeyboardButton.WithCallbackData(label, CallbackData.Build(action, args));

    public static InlineKeyboardButton Flow(BotContext ctx, string labelKey, string flow, string vehicleId) =>
        Button(ctx.T(labelKey), CallbackData.StartFlow, flow, vehicleId);

    public static InlineKeyboardMarkup BackToGarage(BotContext ctx) =>
        new(Button(ctx.T("bot.menu.garage"), CallbackData.Garage));

    /// <summary>The main actions, offered after /start, /help and a finished flow.</summary>
    public static InlineKeyboardMarkup Main(BotContext ctx) =>
        new([
            [
                Button(ctx.T("bot.menu.garage"), CallbackData.Garage),
                Button(ctx.T("bot.menu.add_vehicle"), CallbackData.StartFlow, FlowNames.AddVehicle),
            ],
            [
                Button(ctx.T("bot.menu.center"), CallbackData.Center),
                Button(ctx.T("bot.menu.settings"), CallbackData.Settings),
            ],
        ]);
}
