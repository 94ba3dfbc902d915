using CarPass.Bot.Routing;
using CarPass.Data.Requests;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The owner's answer to a proposed change; the proposing employee is told while still active at the centre.</summary>
public sealed class ChangeDecisionHandler(ChangeRequestUseCases changes, ChangeDecidedNotices notices)
{
    public async Task DecideAsync(BotContext ctx, Guid requestId, bool approve, CancellationToken ct)
    {
        var outcome = await changes.DecideAsync(ctx.User.Id, requestId, approve, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        var request = outcome.Value;
        await notices.TellAsync(ctx, request, approve, ct);
        ctx.Say(
            approve ? ctx.T("bot.change.approved") : ctx.T("bot.change.rejected"),
            Keyboards.Next(Keyboards.ToPassport(ctx, request.VehicleId))
        );
    }
}
