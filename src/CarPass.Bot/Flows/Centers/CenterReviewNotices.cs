using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Users;

namespace CarPass.Bot.Flows.Centers;

/// <summary>An operator verified or rejected a centre: its managers hear which, and why when rejected.</summary>
public sealed class CenterReviewNotices(RecipientReader recipients)
{
    public async Task VerifiedAsync(BotContext ctx, Guid centerId, string centerName, CancellationToken ct)
    {
        foreach (var manager in await recipients.ManagersAsync(centerId, ct))
            ctx.Replies.Send(manager.TelegramId, Speaker.For(manager).T("bot.center.verified_notice", centerName));
    }

    public async Task RejectedAsync(
        BotContext ctx,
        Guid centerId,
        string centerName,
        string reason,
        CancellationToken ct
    )
    {
        foreach (var manager in await recipients.ManagersAsync(centerId, ct))
            ctx.Replies.Send(
                manager.TelegramId,
                Speaker.For(manager).T("bot.center.rejected_notice", centerName, reason)
            );
    }
}
