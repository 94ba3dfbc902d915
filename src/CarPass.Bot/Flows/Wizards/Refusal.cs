using CarPass.Bot.Routing;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Wizards;

/// <summary>
/// What a flow does when the write path refuses: ask the step again with the reason — unless the
/// vehicle itself is gone or read-only, where asking again could never help.
/// </summary>
public static class Refusal
{
    public static WizardOutcome For(BotContext ctx, DomainError error, string stepKey) =>
        error.Code is ErrorCodes.VehicleNotFound or ErrorCodes.VehicleArchived
            ? new WizardOutcome.Done(ctx.Error(error), Keyboards.BackToGarage(ctx))
            : new WizardOutcome.AskAgain(stepKey, ctx.Error(error));
}
