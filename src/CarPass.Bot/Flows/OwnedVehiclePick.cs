using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows;

/// <summary>
/// A command about the owner's private records of a car (/documents, /tyres): no car answers how to
/// add one, one car goes straight on, several are offered as buttons carrying "{action}:{vehicle}".
/// </summary>
public static class OwnedVehiclePick
{
    public static async Task RunAsync(
        BotContext ctx,
        VehicleReader vehicles,
        string action,
        Func<Guid, CancellationToken, Task> show,
        CancellationToken ct
    )
    {
        var owned = await vehicles.OwnedAsync(ctx.User.Id, ct);
        switch (owned.Count)
        {
            case 0:
                ctx.Say(ctx.T("bot.owned.none"), Keyboards.BackToGarage(ctx));
                return;
            case 1:
                await show(owned[0].Id, ct);
                return;
        }
        var rows = owned.Select(v => new[] { Keyboards.Button(v.Name, action, CallbackData.Id(v.Id)) });
        ctx.Say(ctx.T("bot.owned.pick"), new InlineKeyboardMarkup(rows));
    }
}
