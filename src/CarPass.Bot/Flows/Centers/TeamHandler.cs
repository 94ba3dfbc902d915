using CarPass.Bot.Routing;
using CarPass.Bot.Setup;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The manager's team: who works there (each switchable on and off) and invitation links.</summary>
public sealed class TeamHandler(StaffReader staff, TeamUseCases team, CenterReader centers, BotIdentity identity)
{
    public async Task ShowAsync(BotContext ctx, Guid centerId, CancellationToken ct)
    {
        if (!await staff.IsManagerAsync(ctx.User.Id, centerId, ct))
        {
            ctx.Say(ctx.Error(new DomainError(ErrorCodes.ManagerOnly)));
            return;
        }
        var members = await centers.TeamAsync(centerId, ct);
        ctx.Say(TeamText.Render(ctx, members), TeamKeyboard.For(ctx, centerId, members));
    }

    public async Task SwitchAsync(BotContext ctx, Guid employeeId, bool active, CancellationToken ct)
    {
        var outcome = await team.SetActiveAsync(ctx.User.Id, employeeId, active, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        await ShowAsync(ctx, outcome.Value.ServiceCenterId, ct);
    }

    public async Task InviteAsync(BotContext ctx, Guid centerId, CancellationToken ct)
    {
        var invite = await team.InviteAsync(ctx.User.Id, centerId, ct);
        if (!invite.IsSuccess)
        {
            ctx.Say(ctx.Error(invite.Error));
            return;
        }
        var link = await identity.StartLinkAsync($"{DeepLinks.Invite}{invite.Value.Code}", ct);
        ctx.Replies.Send(
            ctx.ChatId,
            Html.Of($"{ctx.T("bot.center.invite_link", (int)TeamUseCases.InviteLifetime.TotalHours)}\n{link}")
        );
    }
}
