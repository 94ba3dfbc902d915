using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Lookup;
using CarPass.Domain.Common;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Centers;

/// <summary>Staff look a vehicle up by full VIN or plate and may ask its owner for access.</summary>
public sealed class FindVehicleWizard(LookupUseCases lookup, CenterSteps steps) : Wizard
{
    public override string Name => FlowNames.FindVehicle;
    public override string PresetKey => DraftKeys.Center;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [steps.Center(), FlowSteps.Text("query", "bot.center.ask_query", 32, optional: false)];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var centerId = d.Id(DraftKeys.Center)!.Value;
        var outcome = await lookup.FindAsync(ctx.User.Id, centerId, d["query"]!, ct);
        if (!outcome.IsSuccess)
            return outcome.Error.Code == ErrorCodes.LookupQueryInvalid
                ? new WizardOutcome.AskAgain("query", ctx.Error(outcome.Error))
                : new WizardOutcome.Done(ctx.Error(outcome.Error));
        var found = outcome.Value;
        if (found.Count == 0)
            return new WizardOutcome.Done(
                ctx.T("bot.center.nothing_found"),
                new(Keyboards.Button(ctx.Raw("bot.menu.center"), CallbackData.Center, CallbackData.Id(centerId)))
            );
        var (html, keyboard) = FoundVehiclesScreen.Render(ctx, centerId, found);
        return new WizardOutcome.Done(html, keyboard);
    }
}
