using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The operator's Verify button; Reject starts a flow that asks for the reason.</summary>
public sealed class OperatorReviewHandler(ServiceCenterUseCases centers, CenterReviewNotices notices, FlowStarter flows)
{
    public async Task DecideAsync(BotContext ctx, Guid centerId, bool verify, CancellationToken ct)
    {
        if (!verify)
        {
            await flows.StartAsync(
                ctx,
                FlowNames.RejectCenter,
                new() { [Wizards.DraftKeys.Center] = CallbackData.Id(centerId) },
                ct
            );
            return;
        }
        var outcome = await centers.SetVerificationAsync(ctx.User.Id, centerId, true, null, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        await notices.VerifiedAsync(ctx, centerId, outcome.Value.Name, ct);
        ctx.Say(ctx.T("bot.center.verified_done", outcome.Value.Name), Keyboards.Next(Keyboards.ToMenu(ctx)));
    }
}
