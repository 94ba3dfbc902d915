using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Bot.Setup;
using CarPass.Data.Ownership;
using CarPass.Data.Users;

namespace CarPass.Bot.Flows.Ownership;

/// <summary>
/// Selling a car: the owner sends a one-time link, the buyer looks and accepts. A car has at most
/// one open link; the seller sees it with its expiry, can cancel it or replace it (/transfers lists
/// them all).
/// </summary>
public sealed class TransferHandler(
    OwnershipUseCases ownership,
    TransferLinkReader links,
    BotIdentity identity,
    RecipientReader recipients,
    TimeProvider clock
)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The vehicle menu's Transfer ownership: the open link if there is one, else a new one.</summary>
    public async Task ShowAsync(BotContext ctx, Guid vehicleId, CancellationToken ct)
    {
        if ((await links.OfSellerAsync(ctx.User.Id, vehicleId, Now, ct)).FirstOrDefault() is { } open)
            await SayLinkAsync(ctx, open, ct);
        else
            await NewLinkAsync(ctx, vehicleId, ct);
    }

    public async Task NewLinkAsync(BotContext ctx, Guid vehicleId, CancellationToken ct)
    {
        var outcome = await ownership.OfferAsync(ctx.User.Id, vehicleId, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        var (t, name) = outcome.Value;
        await SayLinkAsync(ctx, new OpenTransferLink(t.Id, t.VehicleId, name, t.Code, t.ExpiresAt), ct);
    }

    public async Task CancelAsync(BotContext ctx, Guid transferId, CancellationToken ct)
    {
        var outcome = await ownership.CancelAsync(ctx.User.Id, transferId, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        var (transfer, name) = outcome.Value;
        ctx.Say(ctx.T("bot.transfer.cancelled", name), TransferKeyboard.Cancelled(ctx, transfer.VehicleId));
    }

    /// <summary>/transfers: every open link of the seller, each with its Cancel button.</summary>
    public async Task ListAsync(BotContext ctx, CancellationToken ct)
    {
        var open = await links.OfSellerAsync(ctx.User.Id, null, Now, ct);
        if (open.Count == 0)
        {
            ctx.Say(ctx.T("bot.transfer.none"), Keyboards.BackToGarage(ctx));
            return;
        }
        ctx.Say(TransferScreen.List(ctx, open), TransferKeyboard.List(ctx, open));
    }

    /// <summary>The buyer opened the link: show what is offered, and until when, before anything changes.</summary>
    public async Task PreviewAsync(BotContext ctx, string code, CancellationToken ct)
    {
        var outcome = await ownership.CheckAsync(ctx.User.Id, code, Now, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        var (transfer, name) = outcome.Value;
        ctx.Say(
            ctx.T("bot.transfer.preview", name, transfer.ExpiresAt),
            new(Keyboards.Button(ctx.Raw("bot.transfer.accept"), CallbackData.AcceptTransfer, code))
        );
    }

    public async Task AcceptAsync(BotContext ctx, string code, CancellationToken ct)
    {
        var outcome = await ownership.AcceptAsync(ctx.User.Id, code, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        var (transfer, name) = outcome.Value;
        if (await recipients.UserAsync(transfer.FromUserId, ct) is { } seller)
            ctx.Replies.Send(seller.TelegramId, Speaker.For(seller).T("bot.transfer.seller_notice", name));
        ctx.Say(ctx.T("bot.transfer.accepted", name), Keyboards.Next(Keyboards.ToPassport(ctx, transfer.VehicleId)));
    }

    private async Task SayLinkAsync(BotContext ctx, OpenTransferLink link, CancellationToken ct)
    {
        var url = await identity.StartLinkAsync($"{DeepLinks.Transfer}{link.Code}", ct);
        ctx.Say(TransferScreen.Link(ctx, link, url), TransferKeyboard.Link(ctx, link));
    }
}
