using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.Common;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The team as its manager sees it: ✓ switched on, ○ off; a button per other member to switch them.</summary>
public static class TeamText
{
    public static HtmlText Render(BotContext ctx, IReadOnlyList<TeamMember> members)
    {
        var list = members.Select(m =>
            Html.Of(
                $"{Mark(m)} {m.FirstName}{(m.Username is { } u ? " @" + u : "")} · {ctx.T($"bot.center.role.{SnakeCase.Of(m.Role)}")}"
            )
        );
        return Html.Of($"{Html.Bold(ctx.T("bot.center.team"))}\n{Html.Lines(list)}\n\n{ctx.T("bot.center.team_hint")}");
    }

    public static InlineKeyboardMarkup Buttons(BotContext ctx, Guid centerId, IReadOnlyList<TeamMember> members) =>
        new(
            members
                .Where(m => m.UserId != ctx.User.Id)
                .Select(m =>
                    new[]
                    {
                        Keyboards.Button(
                            $"{Mark(m)} {m.FirstName}",
                            CallbackData.EmployeeSwitch,
                            CallbackData.Id(m.EmployeeId),
                            m.IsActive ? "0" : "1"
                        ),
                    }
                )
                .Append([
                    Keyboards.Button(ctx.Raw("bot.center.invite"), CallbackData.Invite, CallbackData.Id(centerId)),
                ])
                .Append([Keyboards.Button(ctx.Raw("bot.menu.center"), CallbackData.Center, CallbackData.Id(centerId))])
        );

    private static string Mark(TeamMember m) => m.IsActive ? "✓" : "○";
}
