using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Centers;

/// <summary>The operator refuses a centre's verification and says why; the managers are told.</summary>
public sealed class RejectCenterWizard(ServiceCenterUseCases centers, CenterReviewNotices notices) : Wizard
{
    public override string Name => FlowNames.RejectCenter;
    public override string PresetKey => DraftKeys.Center;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [FlowSteps.Text("reason", "bot.center.ask_reject_reason", 1000, optional: false)];

    public override Task<DomainError?> MayStartAsync(BotContext ctx, Draft d, CancellationToken ct) =>
        Task.FromResult(ctx.User.IsOperator ? null : (DomainError?)new DomainError(ErrorCodes.OperatorOnly));

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var centerId = d.Id(DraftKeys.Center)!.Value;
        var outcome = await centers.SetVerificationAsync(ctx.User.Id, centerId, false, d["reason"], ct);
        if (!outcome.IsSuccess)
            return new WizardOutcome.Done(ctx.Error(outcome.Error));
        await notices.RejectedAsync(ctx, centerId, outcome.Value.Name, d["reason"]!, ct);
        return new WizardOutcome.Done(
            ctx.T("bot.center.rejected_done", outcome.Value.Name),
            Keyboards.Next(Keyboards.ToMenu(ctx))
        );
    }
}
