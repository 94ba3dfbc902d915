using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The staff actions under the centre's screen: find a car, record a visit, propose a change; the team for a manager.</summary>
public static class CenterKeyboard
{
    public static InlineKeyboardMarkup For(BotContext ctx, Guid centerId, bool manager)
    {
        var id = CallbackData.Id(centerId);
        var rows = new List<InlineKeyboardButton[]>
        {
            new[]
            {
                Keyboards.Flow(ctx, "bot.center.find", FlowNames.FindVehicle, id),
                Keyboards.Flow(ctx, "bot.center.record_visit", FlowNames.RecordVisit, id),
            },
            new[] { Keyboards.Flow(ctx, "bot.center.propose_change", FlowNames.ProposeChange, id) },
        };
        if (manager)
            rows.Add([
                Keyboards.Button(ctx.Raw("bot.center.team"), CallbackData.Employees, id),
                Keyboards.Button(ctx.Raw("bot.center.invite"), CallbackData.Invite, id),
            ]);
        return new InlineKeyboardMarkup(rows);
    }
}
