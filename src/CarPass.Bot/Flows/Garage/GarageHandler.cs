using CarPass.Bot.Routing;
using CarPass.Data.Passports;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Garage;

/// <summary>The garage: every active vehicle with its passport quality, health and verified status.</summary>
public sealed class GarageHandler(PassportReader reader)
{
    public async Task ShowAsync(BotContext ctx, CancellationToken ct)
    {
        var garage = await reader.GarageAsync(ctx.User.Id, ct);
        if (garage.Vehicles.Count == 0)
        {
            ctx.Say(
                ctx.T("bot.garage.empty"),
                new InlineKeyboardMarkup(
                    Keyboards.Button(ctx.Raw("bot.menu.add_vehicle"), CallbackData.StartFlow, FlowNames.AddVehicle)
                )
            );
            return;
        }
        ctx.Say(GarageScreen.Render(ctx, garage), GarageScreen.Keyboard(ctx, garage));
    }

    /// <summary>For commands about one vehicle: pick it first when there are several.</summary>
    public async Task PickAsync(BotContext ctx, string action, CancellationToken ct)
    {
        var garage = await reader.GarageAsync(ctx.User.Id, ct);
        var rows = garage.Vehicles.Select(car =>
            new[] { Keyboards.Button(car.Name, action, CallbackData.Id(car.VehicleId)) }
        );
        ctx.Say(ctx.T("bot.ask_vehicle"), new InlineKeyboardMarkup(rows));
    }
}
