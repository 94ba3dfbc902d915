using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Visits;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Visits;

/// <summary>The owner disputes a visit awaiting them and says why; the centre and the operators are told.</summary>
public sealed class DisputeWizard(
    VisitDecisionUseCases decisions,
    VisitAnswerReader answers,
    DisputeOpenedNotices notices
) : Wizard
{
    public override string Name => FlowNames.Dispute;
    public override string PresetKey => DraftKeys.Target;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [FlowSteps.Text("reason", "bot.dispute.ask_reason", 1000, optional: false)];

    public override Task<DomainError?> MayStartAsync(BotContext ctx, Draft d, CancellationToken ct) =>
        answers.MayDisputeAsync(ctx.User.Id, d.Id(DraftKeys.Target) ?? Guid.Empty, ct);

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var outcome = await decisions.DisputeAsync(ctx.User.Id, d.Id(DraftKeys.Target)!.Value, d["reason"], ct);
        if (!outcome.IsSuccess)
            return new WizardOutcome.Done(ctx.Error(outcome.Error));
        await notices.TellAsync(ctx, outcome.Value, ct);
        return new WizardOutcome.Done(
            ctx.T("bot.dispute.opened"),
            Keyboards.Next(Keyboards.ToPassport(ctx, outcome.Value.Visit.VehicleId), Keyboards.ToGarage(ctx))
        );
    }
}
