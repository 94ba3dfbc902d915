using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Users;
using CarPass.Data.Visits;
using CarPass.Domain.Common;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Visits;

/// <summary>The owner disputes a visit awaiting them and says why; the centre and the operators are told.</summary>
public sealed class DisputeWizard(
    VisitDecisionUseCases decisions,
    VisitAnswerReader answers,
    RecipientReader recipients
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
        var (dispute, visit) = outcome.Value;
        var id = CallbackData.Id(dispute.Id);
        foreach (var manager in await recipients.ManagersAsync(visit.ServiceCenterId, ct))
        {
            var s = Speaker.For(manager);
            ctx.Replies.Send(
                manager.TelegramId,
                s.T("bot.dispute.center_notice", VisitWorkText.Of(s, visit), dispute.Reason),
                new InlineKeyboardMarkup(
                    Keyboards.Button(s.Raw("bot.dispute.answer"), CallbackData.StartFlow, FlowNames.AnswerDispute, id)
                )
            );
        }
        foreach (var op in await recipients.OperatorsAsync(ct))
        {
            var s = Speaker.For(op);
            ctx.Replies.Send(
                op.TelegramId,
                s.T("bot.dispute.operator_notice", VisitWorkText.Of(s, visit), dispute.Reason),
                ResolveButtons(s, id)
            );
        }
        return new WizardOutcome.Done(
            ctx.T("bot.dispute.opened"),
            Keyboards.Next(Keyboards.ToPassport(ctx, visit.VehicleId), Keyboards.ToGarage(ctx))
        );
    }

    public static InlineKeyboardMarkup ResolveButtons(Speaker s, string disputeId) =>
        new([
            [
                Keyboards.Button(s.Raw("bot.dispute.for_owner"), CallbackData.ResolveDispute, disputeId, "o"),
                Keyboards.Button(s.Raw("bot.dispute.for_center"), CallbackData.ResolveDispute, disputeId, "c"),
            ],
        ]);
}
