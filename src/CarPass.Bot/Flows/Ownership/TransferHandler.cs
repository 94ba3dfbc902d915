using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Bot.Setup;
using CarPass.Data.Ownership;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Flows.Ownership;

/// <summary>Selling a car: the owner sends a one-time link, the buyer looks and accepts.</summary>
public sealed class TransferHandler(
    OwnershipUseCases ownership,
    BotIdentity identity,
    Recipients recipients,
    CarPassDbContext db,
    TimeProvider clock
)
{
    public async Task OfferAsync(BotContext ctx, Guid vehicleId, CancellationToken ct)
    {
        var outcome = await ownership.OfferAsync(ctx.User.Id, vehicleId, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Say(ctx.Error(outcome.Error!));
            return;
        }
        var link = await identity.StartLinkAsync($"{DeepLinks.Transfer}{outcome.Value!.Code}", ct);
        ctx.Replies.Send(
            ctx.ChatId,
            $"{ctx.T("bot.transfer.offer", (int)OwnershipUseCases.LinkLifetime.TotalDays)}\n{Html.Escape(link)}"
        );
    }

    /// <summary>The buyer opened the link: show what is offered before anything changes.</summary>
    public async Task PreviewAsync(BotContext ctx, string code, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var offer = await (
            from t in db.OwnershipTransfers.AsNoTracking()
            join v in db.Vehicles.AsNoTracking() on t.VehicleId equals v.Id
            where t.Code == code && t.AcceptedAt == null && t.CancelledAt == null && t.ExpiresAt > now
            select new { v.Name, v.Year }
        ).FirstOrDefaultAsync(ct);
        if (offer is null)
        {
            ctx.Say(ctx.Error(new Domain.Common.DomainError(Domain.Common.ErrorCodes.TransferInvalid)));
            return;
        }
        ctx.Say(
            ctx.T("bot.transfer.preview", offer.Name),
            new(Keyboards.Button(ctx.T("bot.transfer.accept"), CallbackData.AcceptTransfer, code))
        );
    }

    public async Task AcceptAsync(BotContext ctx, string code, CancellationToken ct)
    {
        var outcome = await ownership.AcceptAsync(ctx.User.Id, code, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Say(ctx.Error(outcome.Error!));
            return;
        }
        var vehicle = await recipients.VehicleAsync(outcome.Value!.VehicleId, ct);
        if (await recipients.UserAsync(outcome.Value.FromUserId, ct) is { } seller)
            ctx.Replies.Send(
                seller.TelegramId,
                Speaker.For(seller.Language).T("bot.transfer.seller_notice", vehicle?.Name ?? "")
            );
        ctx.Say(
            ctx.T("bot.transfer.accepted", vehicle?.Name ?? ""),
            new(
                Keyboards.Button(
                    ctx.T("bot.menu.passport"),
                    CallbackData.Passport,
                    CallbackData.Id(outcome.Value.VehicleId)
                )
            )
        );
    }
}
