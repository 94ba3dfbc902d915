using CarPass.Bot.Routing;
using CarPass.Data.Ownership;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Ownership;

/// <summary>The seller's screens: an open link with its expiry, every open link (/transfers), a cancelled link.</summary>
public static class TransferScreen
{
    public static HtmlText Link(BotContext ctx, OpenTransferLink link, string url) =>
        Html.Of($"{ctx.T("bot.transfer.link", link.VehicleName, link.ExpiresAt)}\n{url}");

    /// <summary>Cancel or replace the link, or back to the car.</summary>
    public static InlineKeyboardMarkup LinkActions(BotContext ctx, OpenTransferLink link)
    {
        var vehicle = CallbackData.Id(link.VehicleId);
        return new([
            [
                Keyboards.Button(ctx.Raw("bot.transfer.cancel"), CallbackData.CancelTransfer, CallbackData.Id(link.Id)),
                Keyboards.Button(ctx.Raw("bot.transfer.new_link"), CallbackData.NewTransferLink, vehicle),
            ],
            [Keyboards.Button(ctx.Raw("bot.menu.vehicle"), CallbackData.Vehicle, vehicle)],
        ]);
    }

    public static HtmlText List(BotContext ctx, IReadOnlyList<OpenTransferLink> open) =>
        Html.Lines([
            ctx.T("bot.transfer.list_title"),
            .. open.Select(l => ctx.T("bot.transfer.list_line", l.VehicleName, l.ExpiresAt)),
        ]);

    /// <summary>A Cancel button for each open link.</summary>
    public static InlineKeyboardMarkup ListActions(BotContext ctx, IReadOnlyList<OpenTransferLink> open) =>
        Keyboards.Column(
            open.Select(l =>
                Keyboards.Button(
                    ctx.Raw("bot.transfer.cancel_for", l.VehicleName),
                    CallbackData.CancelTransfer,
                    CallbackData.Id(l.Id)
                )
            )
        );

    /// <summary>After a cancel: a new link, or back to the car.</summary>
    public static InlineKeyboardMarkup CancelledActions(BotContext ctx, Guid vehicleId)
    {
        var id = CallbackData.Id(vehicleId);
        return new([
            [Keyboards.Button(ctx.Raw("bot.transfer.new_link"), CallbackData.NewTransferLink, id)],
            [Keyboards.Button(ctx.Raw("bot.menu.vehicle"), CallbackData.Vehicle, id)],
        ]);
    }
}
