using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>/center: the centre's screen, or which centre (when several), or how to register one (when none).</summary>
public sealed class CenterHandler(StaffReader staff, CenterReader centers)
{
    public async Task ShowAsync(BotContext ctx, Guid? centerId, CancellationToken ct)
    {
        var mine = await staff.CentersOfAsync(ctx.User.Id, ct);
        var chosen =
            centerId is { } id ? mine.FirstOrDefault(c => c.Id == id)
            : mine.Count == 1 ? mine[0]
            : null;
        if (chosen is null)
        {
            Pick(ctx, mine);
            return;
        }
        var manager = await staff.IsManagerAsync(ctx.User.Id, chosen.Id, ct);
        if (await centers.CardAsync(chosen.Id, ct) is not { } card)
            return;
        var hints = manager ? await centers.HintsAsync(chosen.Id, ct) : null;
        ctx.Say(CenterScreen.Render(ctx, card, hints), CenterScreen.Actions(ctx, chosen.Id, manager));
    }

    private static void Pick(BotContext ctx, List<ServiceCenter> mine)
    {
        if (mine.Count > 1)
            ctx.Say(
                ctx.T("bot.center.pick"),
                new InlineKeyboardMarkup(
                    mine.Select(c => new[] { Keyboards.Button(c.Name, CallbackData.Center, CallbackData.Id(c.Id)) })
                )
            );
        else
            ctx.Say(
                ctx.T("bot.center.none"),
                new InlineKeyboardMarkup(
                    Keyboards.Button(ctx.Raw("bot.center.register"), CallbackData.StartFlow, FlowNames.RegisterCenter)
                )
            );
    }
}
