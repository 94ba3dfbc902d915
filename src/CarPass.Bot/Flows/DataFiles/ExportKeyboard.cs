using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.DataFiles;

/// <summary>The export's taps: a vehicle or all of them ("ex:{vehicle|a}"), then the format ("ex:{vehicle|a}:{z|j}").</summary>
public static class ExportKeyboard
{
    public const string All = "a";

    public static InlineKeyboardMarkup Vehicles(BotContext ctx, IEnumerable<Vehicle> owned) =>
        new(
            owned
                .Select(v => new[] { Keyboards.Button(v.Name, CallbackData.Export, CallbackData.Id(v.Id)) })
                .Append([Keyboards.Button(ctx.Raw("bot.export.all"), CallbackData.Export, All)])
        );

    public static InlineKeyboardMarkup Formats(BotContext ctx, string target) =>
        new([
            [
                Keyboards.Button(ctx.Raw("bot.export.zip"), CallbackData.Export, target, "z"),
                Keyboards.Button(ctx.Raw("bot.export.json"), CallbackData.Export, target, "j"),
            ],
        ]);
}
