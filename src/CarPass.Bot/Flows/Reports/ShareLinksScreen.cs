using CarPass.Bot.Routing;
using CarPass.Data.Reports;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Reports;

/// <summary>/links: the open links a person made, with their views, and a Revoke button for each.</summary>
public static class ShareLinksScreen
{
    public static HtmlText Render(BotContext ctx, IReadOnlyList<OpenShareLink> open) =>
        Html.Lines([
            ctx.T("bot.links.title"),
            .. open.Select(l => ctx.T("bot.links.line", l.ReportId, l.VehicleName, l.ExpiresAt, l.ViewCount)),
        ]);

    /// <summary>A Revoke button for each open link.</summary>
    public static InlineKeyboardMarkup Keyboard(BotContext ctx, IReadOnlyList<OpenShareLink> open) =>
        Keyboards.Column(
            open.Select(l =>
                Keyboards.Button(
                    ctx.Raw("bot.links.revoke", l.ReportId),
                    CallbackData.RevokeShareLink,
                    CallbackData.Id(l.Id)
                )
            )
        );
}
