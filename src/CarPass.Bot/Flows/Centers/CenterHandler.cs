using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;

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
            var (html, keyboard) = CenterPickScreen.Render(ctx, mine);
            ctx.Say(html, keyboard);
            return;
        }
        var manager = await staff.IsManagerAsync(ctx.User.Id, chosen.Id, ct);
        if (await centers.CardAsync(chosen.Id, ct) is not { } card)
            return;
        var hints = manager ? await centers.HintsAsync(chosen.Id, ct) : null;
        ctx.Say(CenterScreen.Render(ctx, card, hints), CenterKeyboard.For(ctx, chosen.Id, manager));
    }
}
