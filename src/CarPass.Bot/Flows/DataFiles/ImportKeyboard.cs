using CarPass.Bot.Routing;
using CarPass.Data.Import;
using CarPass.Data.Vehicles;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.DataFiles;

/// <summary>An import's taps: the vehicle a file goes to, then Import N or Cancel ("im:v:{vehicle}", "im:y", "im:n").</summary>
public static class ImportKeyboard
{
    /// <summary>One button per vehicle the file could go to, and Cancel.</summary>
    public static InlineKeyboardMarkup Pick(BotContext ctx, IEnumerable<Vehicle> vehicles) =>
        Keyboards.Column(
            vehicles
                .Select(v => Keyboards.Button(v.Name, CallbackData.Import, "v", CallbackData.Id(v.Id)))
                .Append(Cancel(ctx))
        );

    /// <summary>Import N (when there is anything to import) and Cancel.</summary>
    public static InlineKeyboardMarkup Confirm(BotContext ctx, ImportReport report) =>
        new([
            [
                .. report.Imported > 0
                    ? [Keyboards.Button(ctx.Raw("bot.import.confirm", report.Imported), CallbackData.Import, "y")]
                    : Array.Empty<InlineKeyboardButton>(),
                Cancel(ctx),
            ],
        ]);

    private static InlineKeyboardButton Cancel(BotContext ctx) =>
        Keyboards.Button(ctx.Raw("bot.import.cancel"), CallbackData.Import, "n");
}
