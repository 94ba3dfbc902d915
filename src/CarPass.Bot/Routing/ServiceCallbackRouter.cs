using CarPass.Bot.Flows;
using CarPass.Bot.Flows.Access;
using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Flows.Claims;
using CarPass.Bot.Flows.Ownership;
using CarPass.Bot.Flows.Visits;

namespace CarPass.Bot.Routing;

/// <summary>
/// Buttons of the service loop. Each handler checks the tapping user's right to act on the id
/// (owner, active employee, operator) in the use case itself; a forged id is refused there.
/// </summary>
public sealed class ServiceCallbackRouter(
    CenterHandler centers,
    TeamHandler team,
    OperatorReviewHandler review,
    AccessHandler access,
    VisitAnswerHandler visits,
    ChangeDecisionHandler changes,
    TransferHandler transfers,
    ClaimHandler claims,
    CenterDidItHandler centerDidIt,
    FlowStarter flows,
    Flows.Reports.ReportHandler reports
)
{
    public async Task<bool> RouteAsync(BotContext ctx, CallbackData data, CancellationToken ct)
    {
        var first = CallbackData.ParseId(data.Arg(0));
        var second = data.Arg(1);
        switch (data.Action)
        {
            case CallbackData.Center:
                await centers.ShowAsync(ctx, first, ct);
                return true;
            case CallbackData.Invite when first is { } center:
                await team.InviteAsync(ctx, center, ct);
                return true;
            case CallbackData.Employees when first is { } center:
                await team.ShowAsync(ctx, center, ct);
                return true;
            case CallbackData.EmployeeSwitch when first is { } employee && second is "0" or "1":
                await team.SwitchAsync(ctx, employee, second == "1", ct);
                return true;
            case CallbackData.Operator when first is { } center && second is "v" or "r":
                await review.DecideAsync(ctx, center, second == "v", ct);
                return true;
            case CallbackData.RequestAccess when first is { } center && CallbackData.ParseId(second) is { } vehicle:
                await access.RequestAsync(ctx, center, vehicle, ct);
                return true;
            case CallbackData.DecideAccess when first is { } request && int.TryParse(second, out var days):
                await access.DecideAsync(ctx, request, days, ct);
                return true;
            case CallbackData.Grants:
                await access.ListAsync(ctx, ct);
                return true;
            case CallbackData.RevokeGrant when first is { } grant:
                await access.RevokeAsync(ctx, grant, ct);
                return true;
            case CallbackData.ConfirmVisit when first is { } visit:
                await visits.ConfirmAsync(ctx, visit, ct);
                return true;
            case CallbackData.NotMine when first is { } visit:
                await visits.NotMineAsync(ctx, visit, ct);
                return true;
            case CallbackData.HideVisit when first is { } visit:
                await visits.HideAsync(ctx, visit, ct);
                return true;
            case CallbackData.CenterDidIt when first is { } vehicle:
                await centerDidIt.ShowAsync(ctx, vehicle, ct);
                return true;
            case CallbackData.DisputeVisit when first is { } visit:
                await flows.StartAsync(
                    ctx,
                    FlowNames.Dispute,
                    new() { [Flows.Wizards.DraftKeys.Target] = CallbackData.Id(visit) },
                    ct
                );
                return true;
            case CallbackData.ResolveDispute when first is { } dispute && second is "o" or "c":
                await visits.ResolveAsync(ctx, dispute, second == "o", ct);
                return true;
            case CallbackData.DecideChange when first is { } request && second is "y" or "n":
                await changes.DecideAsync(ctx, request, second == "y", ct);
                return true;
            case CallbackData.OfferTransfer when first is { } vehicle:
                await transfers.ShowAsync(ctx, vehicle, ct);
                return true;
            case CallbackData.NewTransferLink when first is { } vehicle:
                await transfers.NewLinkAsync(ctx, vehicle, ct);
                return true;
            case CallbackData.CancelTransfer when first is { } transfer:
                await transfers.CancelAsync(ctx, transfer, ct);
                return true;
            case CallbackData.OpenClaim when data.Arg(0) is { Length: > 0 } vin:
                await claims.OpenAsync(ctx, vin, CallbackData.ParseId(second), ct);
                return true;
            case CallbackData.DecideClaim when first is { } claim && second is "u" or "r":
                await claims.DecideAsync(ctx, claim, second == "u", ct);
                return true;
            case CallbackData.Report:
                return await reports.ChooseAsync(ctx, data, ct);
            case CallbackData.RevokeShareLink when first is { } link:
                await reports.RevokeAsync(ctx, link, ct);
                return true;
            case CallbackData.AcceptTransfer when data.Arg(0) is { Length: > 0 } code:
                await transfers.AcceptAsync(ctx, code, ct);
                return true;
            default:
                return false;
        }
    }
}
