using CarPass.Bot.Routing;
using CarPass.Data.Lookup;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>What a staff search found: each car masked, with a button to ask its owner for access.</summary>
public static class FoundVehiclesScreen
{
    public static (HtmlText Html, InlineKeyboardMarkup Keyboard) Render(
        BotContext ctx,
        Guid centerId,
        IReadOnlyList<MaskedVehicle> found
    )
    {
        var lines = found.Select(v => Html.Of($"• {CenterText.Masked(v)}"));
        var rows = found.Select(v =>
            new[]
            {
                Keyboards.Button(
                    ctx.Raw("bot.center.request_access", CenterText.MaskedPlain(v)),
                    CallbackData.RequestAccess,
                    CallbackData.Id(centerId),
                    CallbackData.Id(v.VehicleId)
                ),
            }
        );
        return (Html.Of($"{ctx.T("bot.center.found")}\n{Html.Lines(lines)}"), new InlineKeyboardMarkup(rows));
    }
}
