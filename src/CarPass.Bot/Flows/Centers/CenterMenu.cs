using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Bot.Setup;
using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Visits;
using CarPass.Domain.ServiceCenters;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>
/// The centre's screen: its verification and trust in words, what would raise trust (for the
/// manager), and the staff actions. Also the manager's team and invitation links.
/// </summary>
public sealed class CenterMenu(
    StaffQuery staff,
    TeamUseCases team,
    SnapshotReader snapshots,
    CenterLabels labels,
    CarPassDbContext db,
    BotIdentity identity,
    TimeProvider clock
)
{
    public async Task ShowAsync(BotContext ctx, Guid? centerId, CancellationToken ct)
    {
        var centers = await staff.CentersOfAsync(ctx.User.Id, ct);
        var center =
            centerId is { } id ? centers.FirstOrDefault(c => c.Id == id)
            : centers.Count == 1 ? centers[0]
            : null;
        if (center is null && centers.Count > 1)
        {
            ctx.Say(
                ctx.T("bot.center.pick"),
                new InlineKeyboardMarkup(
                    centers.Select(c => new[] { Keyboards.Button(c.Name, CallbackData.Center, CallbackData.Id(c.Id)) })
                )
            );
            return;
        }
        if (center is null)
        {
            ctx.Say(
                ctx.T("bot.center.none"),
                new InlineKeyboardMarkup(
                    Keyboards.Button(ctx.T("bot.center.register"), CallbackData.StartFlow, FlowNames.RegisterCenter)
                )
            );
            return;
        }
        var speaker = new Speaker(ctx.Language);
        var lines = new List<string>
        {
            await labels.CenterAsync(speaker, center, ct),
            ctx.T(
                $"bot.center.status.{center.Verification.ToString().ToLowerInvariant()}",
                center.VerificationNote ?? ""
            ),
        };
        var manager = await staff.IsManagerAsync(ctx.User.Id, center.Id, ct);
        if (manager)
            lines.AddRange(await TrustHintsAsync(ctx, center.Id, ct));
        ctx.Say(string.Join('\n', lines), Actions(ctx, center.Id, manager));
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
            ctx.T("bot.center.invite_link", (int)TeamUseCases.InviteLifetime.TotalHours) + "\n" + Html.Escape(link)
        );
    }

    public async Task ShowTeamAsync(BotContext ctx, Guid centerId, CancellationToken ct)
    {
        if (!await staff.IsManagerAsync(ctx.User.Id, centerId, ct))
        {
            ctx.Say(ctx.Error(new Domain.Common.DomainError(Domain.Common.ErrorCodes.ManagerOnly)));
            return;
        }
        var members = await (
            from e in db.Employees.AsNoTracking()
            join u in db.Users.AsNoTracking() on e.UserId equals u.Id
            where e.ServiceCenterId == centerId
            orderby e.CreatedAt
            select new
            {
                e.Id,
                e.IsActive,
                e.Role,
                u.FirstName,
                u.Username,
                Self = u.Id == ctx.User.Id,
            }
        ).ToListAsync(ct);
        var rows = members
            .Where(m => !m.Self)
            .Select(m =>
                new[]
                {
                    Keyboards.Button(
                        $"{(m.IsActive ? "✓" : "○")} {m.FirstName}",
                        CallbackData.EmployeeSwitch,
                        CallbackData.Id(m.Id),
                        m.IsActive ? "0" : "1"
                    ),
                }
            )
            .Append([Keyboards.Button(ctx.T("bot.center.invite"), CallbackData.Invite, CallbackData.Id(centerId))])
            .Append([Keyboards.Button(ctx.T("bot.menu.center"), CallbackData.Center, CallbackData.Id(centerId))]);
        var list = members.Select(m =>
            $"{(m.IsActive ? "✓" : "○")} {Html.Escape(m.FirstName)}{(m.Username is { } u ? " @" + Html.Escape(u) : "")} · {ctx.T($"bot.center.role.{m.Role.ToString().ToLowerInvariant()}")}"
        );
        ctx.Say(
            $"{Html.Bold(ctx.T("bot.center.team"))}\n{string.Join('\n', list)}\n\n{ctx.T("bot.center.team_hint")}",
            new InlineKeyboardMarkup(rows)
        );
    }

    public async Task SwitchEmployeeAsync(BotContext ctx, Guid employeeId, bool active, CancellationToken ct)
    {
        var outcome = await team.SetActiveAsync(ctx.User.Id, employeeId, active, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Say(ctx.Error(outcome.Error));
            return;
        }
        await ShowTeamAsync(ctx, outcome.Value.ServiceCenterId, ct);
    }

    private async Task<IEnumerable<string>> TrustHintsAsync(BotContext ctx, Guid centerId, CancellationToken ct)
    {
        var c = await snapshots.ReadServiceCenterAsync(centerId, clock.GetUtcNow().UtcDateTime, ct);
        var unanswered = await (
            from d in db.Disputes
            join v in db.ServiceVisits on d.ServiceVisitId equals v.Id
            where v.ServiceCenterId == centerId && d.Status == DisputeStatus.Open && d.CenterResponse == null
            select d.Id
        ).CountAsync(ct);
        var hints = new List<string> { "", Html.Bold(ctx.T("bot.center.raise_trust")) };
        if (c is not null && c.Verification != VerificationStatus.Verified)
            hints.Add("• " + ctx.T("bot.center.hint.verify"));
        if (c?.PendingVisits > 0)
            hints.Add("• " + ctx.T("bot.center.hint.pending", c.PendingVisits));
        if (unanswered > 0)
            hints.Add("• " + ctx.T("bot.center.hint.disputes", unanswered));
        if (c?.DisabledEmployeesHoldingGrants > 0)
            hints.Add("• " + ctx.T("bot.center.hint.disabled_grants", c.DisabledEmployeesHoldingGrants));
        if (hints.Count == 2)
            hints.Add("• " + ctx.T("bot.center.hint.none"));
        return hints;
    }

    private static InlineKeyboardMarkup Actions(BotContext ctx, Guid centerId, bool manager)
    {
        var id = CallbackData.Id(centerId);
        var rows = new List<InlineKeyboardButton[]>
        {
            new[]
            {
                Keyboards.Flow(ctx, "bot.center.find", FlowNames.FindVehicle, id),
                Keyboards.Flow(ctx, "bot.center.record_visit", FlowNames.RecordVisit, id),
            },
            new[] { Keyboards.Flow(ctx, "bot.center.propose_change", FlowNames.ProposeChange, id) },
        };
        if (manager)
            rows.Add([
                Keyboards.Button(ctx.T("bot.center.team"), CallbackData.Employees, id),
                Keyboards.Button(ctx.T("bot.center.invite"), CallbackData.Invite, id),
            ]);
        return new InlineKeyboardMarkup(rows);
    }
}
