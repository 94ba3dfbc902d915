using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Claims;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;

namespace CarPass.Bot.Flows.Claims;

/// <summary>After a decision: the claimant learns the outcome; the owner who lost something learns what.</summary>
public sealed class ClaimDecidedNotices(RecipientReader recipients, VehicleReader vehicles)
{
    public async Task TellAsync(BotContext ctx, ClaimDecision decision, CancellationToken ct)
    {
        var claim = decision.Claim;
        var claimed = await vehicles.FindAsync(claim.VehicleId, ct);
        if (await recipients.UserAsync(claim.ClaimantUserId, ct) is { } claimant)
        {
            var s = Speaker.For(claimant);
            var text = claim.Status switch
            {
                ClaimStatus.Rejected => s.T("bot.claim.rejected_notice"),
                _ when claim.Kind == ClaimKind.DuplicateOwner => s.T("bot.claim.upheld_owner", claimed?.Name ?? ""),
                _ when decision.VinNowInVehicleId is { } mine => s.T(
                    "bot.claim.upheld_vin_moved",
                    claim.Vin ?? "",
                    (await vehicles.FindAsync(mine, ct))?.Name ?? ""
                ),
                _ => s.T("bot.claim.upheld_vin_free", claim.Vin ?? ""),
            };
            ctx.Replies.Send(claimant.TelegramId, text);
        }
        if (
            claim.Status != ClaimStatus.Upheld
            || decision.FormerOwnerUserId is not { } formerId
            || formerId == claim.ClaimantUserId
            || await recipients.UserAsync(formerId, ct) is not { } former
        )
            return;
        var f = Speaker.For(former);
        ctx.Replies.Send(
            former.TelegramId,
            claim.Kind == ClaimKind.DuplicateOwner
                ? f.T("bot.claim.owner_moved_notice", claimed?.Name ?? "")
                : f.T("bot.claim.vin_released_notice", claim.Vin ?? "", claimed?.Name ?? "")
        );
    }
}
