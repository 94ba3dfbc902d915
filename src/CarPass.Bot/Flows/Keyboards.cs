using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows;

/// <summary>
/// Buttons. A label is plain text — Telegram does not read HTML in it, so it is never escaped —
/// and is cut to <see cref="TelegramLimits.ButtonLabel"/> characters, so a long name still leaves
/// the button readable.
/// </summary>
public static class Keyboards
{
    public static InlineKeyboardButton Button(string label, string action, params string[] args) =>
        WithPayload(label, CallbackData.Build(action, args));

    /// <summary>A button whose callback data is already built (and checked against Telegram's 64 bytes).</summary>
    public static InlineKeyboardButton WithPayload(string label, string callbackData) =>
        InlineKeyboardButton.WithCallbackData(Label(label), TelegramLimits.CheckCallbackData(callbackData));

    public static string Label(string plain) => TelegramLimits.FitPlain(plain, TelegramLimits.ButtonLabel);

    public static InlineKeyboardButton Flow(BotContext ctx, string labelKey, string flow, string vehicleId) =>
        Button(ctx.Raw(labelKey), CallbackData.StartFlow, flow, vehicleId);

    public static InlineKeyboardMarkup BackToGarage(BotContext ctx) => Next(ToGarage(ctx));

    /// <summary>
    /// The way on from a result: every reply that ends something offers the natural next step, so
    /// no message is a dead end (docs/BOT.md, "Conversations").
    /// </summary>
    public static InlineKeyboardMarkup Next(params InlineKeyboardButton[] buttons) => new([buttons]);

    /// <summary>One button a row: a list of things to pick or act on, one each.</summary>
    public static InlineKeyboardMarkup Column(IEnumerable<InlineKeyboardButton> buttons) =>
        new(buttons.Select(b => new[] { b }));

    public static InlineKeyboardButton ToGarage(BotContext ctx) =>
        Button(ctx.Raw("bot.menu.garage"), CallbackData.Garage);

    public static InlineKeyboardButton ToPassport(BotContext ctx, Guid vehicleId) =>
        Button(ctx.Raw("bot.menu.passport"), CallbackData.Passport, CallbackData.Id(vehicleId));

    public static InlineKeyboardButton ToCenter(BotContext ctx, Guid? centerId) =>
        centerId is { } id
            ? Button(ctx.Raw("bot.menu.center"), CallbackData.Center, CallbackData.Id(id))
            : Button(ctx.Raw("bot.menu.center"), CallbackData.Center);

    public static InlineKeyboardButton ToAccessList(BotContext ctx) =>
        Button(ctx.Raw("bot.access.list"), CallbackData.Grants);

    public static InlineKeyboardButton ToMenu(BotContext ctx) => Button(ctx.Raw("bot.menu.main"), CallbackData.Menu);

    /// <summary>The main actions, offered after /start, /help and a finished flow.</summary>
    public static InlineKeyboardMarkup Main(BotContext ctx) =>
        new([
            [
                Button(ctx.Raw("bot.menu.garage"), CallbackData.Garage),
                Button(ctx.Raw("bot.menu.add_vehicle"), CallbackData.StartFlow, FlowNames.AddVehicle),
            ],
            [
                Button(ctx.Raw("bot.menu.center"), CallbackData.Center),
                Button(ctx.Raw("bot.menu.settings"), CallbackData.Settings),
            ],
        ]);
}
