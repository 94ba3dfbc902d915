using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Vehicles;
using CarPass.Domain.Common;
using CarPass.Domain.Ownership;

namespace CarPass.Bot.Flows.Claims;

/// <summary>
/// A typed VIN that another owner's passport holds: the refusal, then the two ways to the car — the
/// seller's transfer link, or a claim for review (a button carrying the VIN and the person's own
/// passport). Nothing about the other passport is shown.
/// </summary>
public sealed class ClaimOffer(VinRegistry vins, TimeProvider clock)
{
    /// <summary>At the VIN step: a valid VIN another passport holds is refused where it was typed.</summary>
    public async Task<StepInput> CheckAsync(BotContext ctx, StepInput typed, Guid? vehicleId, CancellationToken ct)
    {
        if (typed.Value is not { } vin)
            return typed;
        var refused = await vins.RefuseAsync(ctx.User.Id, vin, vehicleId, clock.GetUtcNow().UtcDateTime, ct);
        if (refused is null)
            return typed;
        return Offer(ctx, refused, vin, vehicleId)
            ? StepInput.Fail(ctx.T("bot.claim.try_other"))
            : StepInput.Fail(ctx.Error(refused));
    }

    /// <summary>At the end of a flow, when the write path refused (a VIN taken in the meantime).</summary>
    public WizardOutcome Refusal(BotContext ctx, DomainError error, string stepKey, string? vin, Guid? vehicleId) =>
        vin is not null && Offer(ctx, error, vin, vehicleId)
            ? new WizardOutcome.AskAgain(stepKey, ctx.T("bot.claim.try_other"))
            : Wizards.Refusal.For(ctx, error, stepKey);

    private static bool Offer(BotContext ctx, DomainError error, string vin, Guid? vehicleId)
    {
        if (error.Code != OwnershipErrorCodes.VinTaken)
            return false;
        string[] args = vehicleId is { } id ? [vin, CallbackData.Id(id)] : [vin];
        ctx.Replies.Send(
            ctx.ChatId,
            Html.Of($"{ctx.Error(error)}\n\n{ctx.T("bot.claim.offer")}"),
            new(Keyboards.Button(ctx.Raw("bot.claim.send"), CallbackData.OpenClaim, args))
        );
        return true;
    }
}
