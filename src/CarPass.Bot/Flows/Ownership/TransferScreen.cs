using CarPass.Bot.Routing;
using CarPass.Data.Ownership;

namespace CarPass.Bot.Flows.Ownership;

/// <summary>The seller's texts: an open link with its expiry, and every open link (/transfers); the buttons are <see cref="TransferKeyboard"/>.</summary>
public static class TransferScreen
{
    public static HtmlText Link(BotContext ctx, OpenTransferLink link, string url) =>
        Html.Of($"{ctx.T("bot.transfer.link", link.VehicleName, link.ExpiresAt)}\n{url}");

    public static HtmlText List(BotContext ctx, IReadOnlyList<OpenTransferLink> open) =>
        Html.Lines([
            ctx.T("bot.transfer.list_title"),
            .. open.Select(l => ctx.T("bot.transfer.list_line", l.VehicleName, l.ExpiresAt)),
        ]);
}
