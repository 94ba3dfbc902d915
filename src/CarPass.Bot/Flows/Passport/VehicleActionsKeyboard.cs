using CarPass.Bot.Routing;
using CarPass.Domain.Vehicles;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Passport;

/// <summary>
/// A car's actions under its passport and menu: the logs its drive type takes, service and
/// reminders, details and a report, access and transfer, the Mini App (when it is set up), the garage.
/// </summary>
public static class VehicleActionsKeyboard
{
    public static IEnumerable<InlineKeyboardButton[]> Rows(
        BotContext ctx,
        Guid vehicleId,
        FuelType? fuel,
        string? miniAppUrl
    )
    {
        var id = CallbackData.Id(vehicleId);
        var logs = new List<InlineKeyboardButton> { Keyboards.Flow(ctx, "bot.menu.mileage", FlowNames.Mileage, id) };
        if (PowerTrain.BurnsFuel(fuel))
            logs.Add(Keyboards.Flow(ctx, "bot.menu.fuel", FlowNames.Fuel, id));
        if (PowerTrain.Charges(fuel))
            logs.Add(Keyboards.Flow(ctx, "bot.menu.charge", FlowNames.Charge, id));
        yield return [.. logs];
        yield return
        [
            Keyboards.Flow(ctx, "bot.menu.service", FlowNames.Service, id),
            Keyboards.Flow(ctx, "bot.menu.reminder", FlowNames.Reminder, id),
        ];
        yield return
        [
            Keyboards.Flow(ctx, "bot.menu.details", FlowNames.Specs, id),
            Keyboards.Button(ctx.Raw("bot.menu.report"), CallbackData.Report, id),
        ];
        yield return
        [
            Keyboards.Button(ctx.Raw("bot.menu.access"), CallbackData.Grants),
            Keyboards.Button(ctx.Raw("bot.menu.transfer"), CallbackData.OfferTransfer, id),
        ];
        if (!string.IsNullOrWhiteSpace(miniAppUrl))
            yield return
            [
                InlineKeyboardButton.WithWebApp(
                    ctx.Raw("bot.menu.open_app"),
                    new WebAppInfo(OpenAt(miniAppUrl, vehicleId))
                ),
            ];
        yield return [Keyboards.Button(ctx.Raw("bot.menu.garage"), CallbackData.Garage)];
    }

    /// <summary>The Mini App opened on this car's passport (webapp/js/start.js reads "v_" + the id's 32 hex digits).</summary>
    private static string OpenAt(string url, Guid vehicleId) =>
        $"{url}{(url.Contains('?') ? '&' : '?')}startapp=v_{vehicleId:N}";
}
