using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows;

public static class Keyboards
{
    public static InlineKeyboardButton Button(string label, string action, params string[] args) =>
        InlineKeyboardButton.WithCallbackData(label, CallbackData.Build(action, args));

    public static InlineKeyboardButton Flow(BotContext ctx, string labelKey, string flow, string vehicleId) =>
        Button(ctx.T(labelKey), CallbackData.StartFlow, flow, vehicleId);

    public static InlineKeyboardMarkup BackToGarage(BotContext ctx) => Next(ToGarage(ctx));

    /// <summary>
    /// The way on from a result: every reply that ends something offers the natural next step, so
    /// no message is a dead end (docs/BOT.md, "Conversations").
    /// </summary>
    public static InlineKeyboardMarkup Next(params InlineKeyboardButton[] buttons) => new([buttons]);

    public static InlineKeyboardButton ToGarage(BotContext ctx) =>
        Button(ctx.T("bot.menu.garage"), CallbackData.Garage);

    public static InlineKeyboardButton ToPassport(BotContext ctx, Guid vehicleId) =>
        Button(ctx.T("bot.menu.passport"), CallbackData.Passport, CallbackData.Id(vehicleId));

    public static InlineKeyboardButton ToCenter(BotContext ctx, Guid? centerId) =>
        centerId is { } id
            ? Button(ctx.T("bot.menu.center"), CallbackData.Center, CallbackData.Id(id))
            : Button(ctx.T("bot.menu.center"), CallbackData.Center);

    public static InlineKeyboardButton ToAccessList(BotContext ctx) =>
        Button(ctx.T("bot.access.list"), CallbackData.Grants);

    public static InlineKeyboardButton ToMenu(BotContext ctx) => Button(ctx.T("bot.menu.main"), CallbackData.Menu);

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
