using CarPass.Bot.Routing;
using CarPass.Data.Ownership;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Ownership;

/// <summary>The seller's buttons under an open link, the list of open links, and a cancelled link.</summary>
public static class TransferKeyboard
{
    /// <summary>Cancel or replace the link, or back to the car.</summary>
    public static InlineKeyboardMarkup Link(BotContext ctx, OpenTransferLink link)
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

    /// <summary>A Cancel button for each open link.</summary>
    public static InlineKeyboardMarkup List(BotContext ctx, IReadOnlyList<OpenTransferLink> open) =>
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
    public static InlineKeyboardMarkup Cancelled(BotContext ctx, Guid vehicleId)
    {
        var id = CallbackData.Id(vehicleId);
        return new([
            [Keyboards.Button(ctx.Raw("bot.transfer.new_link"), CallbackData.NewTransferLink, id)],
            [Keyboards.Button(ctx.Raw("bot.menu.vehicle"), CallbackData.Vehicle, id)],
        ]);
    }
}
