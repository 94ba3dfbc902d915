using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Routing;
using CarPass.Data.Claims;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Claims;

/// <summary>
/// The claimant's "Send a claim" button, and the operators' side: /claims and Uphold / Reject. Only
/// operators are told about a new claim; the other owner hears only of an upheld one.
/// </summary>
public sealed class ClaimHandler(
    ClaimUseCases claims,
    ClaimReader reader,
    ClaimOpenedNotices opened,
    ClaimDecidedNotices decided,
    TimeProvider clock
)
{
    private const int ListedAtOnce = 10;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task OpenAsync(BotContext ctx, string vin, Guid? vehicleId, CancellationToken ct)
    {
        var outcome = await claims.OpenAsync(ctx.User.Id, vin, vehicleId, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        ctx.Say(ctx.T(outcome.Value.IsNew ? "bot.claim.sent" : "bot.claim.already_sent"), Keyboards.BackToGarage(ctx));
        if (outcome.Value.IsNew)
            await opened.TellAsync(ctx, outcome.Value.Claim.Id, ct);
    }

    /// <summary>/claims: the oldest open claims, one message each with its buttons.</summary>
    public async Task ListAsync(BotContext ctx, CancellationToken ct)
    {
        var open = await reader.OpenAsync(ctx.User.Id, Now, ListedAtOnce, ct);
        if (open is null)
        {
            ctx.Say(ctx.Error(new DomainError(ErrorCodes.OperatorOnly)));
            return;
        }
        if (open.Count == 0)
        {
            ctx.Say(ctx.T("bot.claim.none"), Keyboards.Next(Keyboards.ToMenu(ctx)));
            return;
        }
        var speaker = ctx.Speaker;
        foreach (var review in open)
            ctx.Replies.Send(ctx.ChatId, ClaimText.Render(speaker, review), ClaimKeyboard.For(speaker, review.Id));
    }

    public async Task DecideAsync(BotContext ctx, Guid claimId, bool uphold, CancellationToken ct)
    {
        var outcome = await claims.DecideAsync(ctx.User.Id, claimId, uphold, ct);
        if (!outcome.IsSuccess)
        {
            ctx.Refuse(outcome.Error);
            return;
        }
        ctx.Say(
            ctx.T(uphold ? "bot.claim.upheld_done" : "bot.claim.rejected_done"),
            Keyboards.Next(Keyboards.ToMenu(ctx))
        );
        await decided.TellAsync(ctx, outcome.Value, ct);
    }
}
