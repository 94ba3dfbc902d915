using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Users;
using CarPass.Data.Visits;

namespace CarPass.Bot.Flows.Visits;

/// <summary>A centre answered a dispute: the owner reads its side, the operators may resolve it.</summary>
public sealed class DisputeAnsweredNotices(RecipientReader recipients)
{
    public async Task TellAsync(BotContext ctx, VisitDispute answered, CancellationToken ct)
    {
        var (dispute, visit) = answered;
        if (await recipients.OwnerOfAsync(visit.VehicleId, ct) is { } owner)
        {
            var s = Speaker.For(owner);
            ctx.Replies.Send(
                owner.TelegramId,
                s.T("bot.dispute.answered_notice", VisitWorkText.Of(s, visit), dispute.CenterResponse!)
            );
        }
        foreach (var op in await recipients.OperatorsAsync(ct))
        {
            var s = Speaker.For(op);
            ctx.Replies.Send(
                op.TelegramId,
                s.T("bot.dispute.answered_notice", VisitWorkText.Of(s, visit), dispute.CenterResponse!),
                DisputeResolveKeyboard.For(s, CallbackData.Id(dispute.Id))
            );
        }
    }
}
