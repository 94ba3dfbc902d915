using CarPass.Bot.Routing;
using CarPass.Data.Access;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Access;

/// <summary>/access: every live grant on the owner's vehicles (centre, car, until when), each with a Revoke button.</summary>
public static class GrantsScreen
{
    /// <param name="heading">What was just done (a grant revoked), said above the list; empty otherwise.</param>
    public static (HtmlText Html, InlineKeyboardMarkup Keyboard) Render(
        BotContext ctx,
        HtmlText heading,
        IReadOnlyList<GrantView> live
    )
    {
        var lines = live.Select(g =>
            Html.Of($"• {ctx.T("bot.access.line", g.CenterName ?? "—", g.VehicleName, (object?)g.ExpiresAt ?? "∞")}")
        );
        var rows = live.Select(g =>
            new[]
            {
                Keyboards.Button(
                    ctx.Raw("bot.access.revoke", g.CenterName ?? "—", g.VehicleName),
                    CallbackData.RevokeGrant,
                    CallbackData.Id(g.Id)
                ),
            }
        );
        return (
            Html.Of($"{heading}{Html.Bold(ctx.T("bot.access.title"))}\n{Html.Lines(lines)}"),
            new InlineKeyboardMarkup(rows.Append([Keyboards.ToGarage(ctx)]))
        );
    }
}
