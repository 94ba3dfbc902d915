using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Tyres;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Flows.Tyres;

/// <summary>The first frost the owner expects this autumn: the winter tyre reminder comes from that day if it is before October.</summary>
public sealed class FirstFrostWizard(TyreUseCases tyres, FlowSteps steps) : Wizard
{
    public override string Name => FlowNames.FirstFrost;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [steps.DayAhead("day", "bot.tyres.frost_question", optional: false)];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var outcome = await tyres.SetFirstFrostAsync(ctx.User.Id, FlowSteps.ReadDate(d["day"]), ct);
        if (!outcome.IsSuccess)
            return Refusal.For(ctx, outcome.Error, "day");
        return new WizardOutcome.Done(
            ctx.T("bot.tyres.frost_saved", new CalendarDay(outcome.Value!.Value)),
            Keyboards.BackToGarage(ctx)
        );
    }
}
