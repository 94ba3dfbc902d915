using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.Common;
using CarPass.Domain.ServiceCenters;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The centre's screen: its verification and trust in words, and what would raise trust (managers); its actions are <see cref="CenterKeyboard"/>.</summary>
public static class CenterScreen
{
    /// <param name="hints">For a manager; null for other staff, who are not shown them.</param>
    public static HtmlText Render(BotContext ctx, CenterCard center, IReadOnlyList<TrustHint>? hints)
    {
        var lines = new List<HtmlText>
        {
            CenterText.Label(ctx.Speaker, center),
            ctx.T($"bot.center.status.{SnakeCase.Of(center.Verification)}", center.VerificationNote ?? ""),
        };
        if (hints is not null)
        {
            lines.Add(HtmlText.Empty);
            lines.Add(Html.Bold(ctx.T("bot.center.raise_trust")));
            lines.AddRange(hints.Select(h => Html.Of($"• {ctx.T($"trust_hint.{h.Code}", h.Count)}")));
            if (hints.Count == 0)
                lines.Add(Html.Of($"• {ctx.T(TrustHints.NoneKey)}"));
        }
        return Html.Lines(lines);
    }
}
