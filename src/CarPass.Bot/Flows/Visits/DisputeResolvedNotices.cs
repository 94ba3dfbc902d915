using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Users;
using CarPass.Data.Visits;

namespace CarPass.Bot.Flows.Visits;

/// <summary>An operator resolved a dispute: the owner and the centre's managers hear which way.</summary>
public sealed class DisputeResolvedNotices(RecipientReader recipients)
{
    /// <param name="textKey">Resolved for the owner or for the centre.</param>
    public async Task TellAsync(BotContext ctx, ServiceVisit visit, string textKey, CancellationToken ct)
    {
        if (await recipients.OwnerOfAsync(visit.VehicleId, ct) is { } owner)
            ctx.Replies.Send(
                owner.TelegramId,
                Speaker.For(owner).T(textKey, VisitWorkText.Of(Speaker.For(owner), visit))
            );
        foreach (var manager in await recipients.ManagersAsync(visit.ServiceCenterId, ct))
            ctx.Replies.Send(
                manager.TelegramId,
                Speaker.For(manager).T(textKey, VisitWorkText.Of(Speaker.For(manager), visit))
            );
    }
}
