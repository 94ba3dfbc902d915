using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Routing;
using CarPass.Data.Visits;

namespace CarPass.Bot.Flows.Visits;

/// <summary>The owner's buttons on a visit (confirm, not mine) and the operator's resolution of a dispute.</summary>
public sealed class VisitAnswerHandler(
    VisitUseCases visits,
    VisitDecisionUseCases decisions,
    DisputeUseCases disputes,
    VisitNotices notices,
    DisputeResolvedNotices resolved
)
{
    public async Task ConfirmAsync(BotContext ctx, Guid visitId, CancellationToken ct)
    {
        var outcome = await visits.ConfirmAsync(ctx.User.Id, visitId, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        await notices.TellCenterAsync(ctx, outcome.Value, "bot.visit.confirmed_notice", ct);
        ctx.Say(
            ctx.T(await notices.ConfirmedKeyAsync(outcome.Value, ct)),
            new(
                Keyboards.Button(
                    ctx.Raw("bot.menu.passport"),
                    CallbackData.Passport,
                    CallbackData.Id(outcome.Value.VehicleId)
                )
            )
        );
    }

    public async Task NotMineAsync(BotContext ctx, Guid visitId, CancellationToken ct)
    {
        var outcome = await decisions.RejectAsync(ctx.User.Id, visitId, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        await notices.TellCenterAsync(ctx, outcome.Value, "bot.visit.rejected_notice", ct);
        ctx.Say(
            ctx.T("bot.visit.rejected"),
            new(Keyboards.Button(ctx.Raw("bot.visit.hide"), CallbackData.HideVisit, CallbackData.Id(visitId)))
        );
    }

    /// <summary>Hidden from the owner's views; the record and its audit trail stay.</summary>
    public async Task HideAsync(BotContext ctx, Guid visitId, CancellationToken ct)
    {
        var outcome = await decisions.HideAsync(ctx.User.Id, visitId, ct);
        if (outcome.IsSuccess)
            ctx.Say(ctx.T("bot.visit.hidden"), Keyboards.BackToGarage(ctx));
        else
            ctx.Refuse(outcome.Error);
    }

    public async Task ResolveAsync(BotContext ctx, Guid disputeId, bool forOwner, CancellationToken ct)
    {
        var outcome = await disputes.ResolveAsync(ctx.User.Id, disputeId, forOwner, null, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        var visit = outcome.Value.Visit;
        var key = forOwner ? "bot.dispute.resolved_for_owner" : "bot.dispute.resolved_for_center";
        await resolved.TellAsync(ctx, visit, key, ct);
        ctx.Say(ctx.T(key, VisitWorkText.Of(ctx.Speaker, visit)), Keyboards.Next(Keyboards.ToMenu(ctx)));
    }
}
