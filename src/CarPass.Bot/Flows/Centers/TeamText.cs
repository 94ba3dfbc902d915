using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The team as its manager sees it: ✓ switched on, ○ off (the switches are <see cref="TeamKeyboard"/>).</summary>
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

    public static string Mark(TeamMember m) => m.IsActive ? "✓" : "○";
}
