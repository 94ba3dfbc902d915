using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Visits;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Visits;

/// <summary>The centre gives its side of a dispute; the owner and the operators see it.</summary>
public sealed class AnswerDisputeWizard(
    DisputeUseCases disputes,
    VisitAnswerReader answers,
    DisputeAnsweredNotices notices
) : Wizard
{
    public override string Name => FlowNames.AnswerDispute;
    public override string PresetKey => DraftKeys.Target;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [FlowSteps.Text("answer", "bot.dispute.ask_answer", 1000, optional: false)];

    public override Task<DomainError?> MayStartAsync(BotContext ctx, Draft d, CancellationToken ct) =>
        answers.MayAnswerDisputeAsync(ctx.User.Id, d.Id(DraftKeys.Target) ?? Guid.Empty, ct);

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var outcome = await disputes.RespondAsync(ctx.User.Id, d.Id(DraftKeys.Target)!.Value, d["answer"], ct);
        if (!outcome.IsSuccess)
            return new WizardOutcome.Done(ctx.Error(outcome.Error));
        await notices.TellAsync(ctx, outcome.Value, ct);
        return new WizardOutcome.Done(
            ctx.T("bot.dispute.answer_sent"),
            Keyboards.Next(Keyboards.ToCenter(ctx, outcome.Value.Visit.ServiceCenterId))
        );
    }
}
