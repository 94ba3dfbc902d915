using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Lookup;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.Common;
using CarPass.Domain.ServiceCenters;
using Microsoft.Extensions.Options;

namespace CarPass.Bot.Flows.Centers;

/// <summary>
/// Register a service centre; it starts unverified. The operators hear of it from the notification
/// sender (at most one notice per operator per period, see ReviewNoticeSender), not from this
/// update, so a flood of registrations cannot flood them.
/// </summary>
public sealed class RegisterCenterWizard(ServiceCenterUseCases centers, IOptions<LookupLimits> lookups) : Wizard
{
    public override string Name => FlowNames.RegisterCenter;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        FlowSteps.Text("name", "bot.center.ask_name", 128, optional: false),
        FlowSteps.Text("city", "bot.center.ask_city", 128, optional: false),
        FlowSteps.Text("address", "bot.center.ask_address", 256, optional: true),
        FlowSteps.Text("contact", "bot.center.ask_contact", 128, optional: true),
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var outcome = await centers.RegisterAsync(
            ctx.User.Id,
            new ServiceCenterDraft(d["name"], d["city"], d["address"], d["contact"]),
            ct
        );
        if (outcome.Error is { Code: CenterLimitCodes.RegistrationsAwaitingReview } tooMany)
            return new WizardOutcome.Done(ctx.Error(tooMany));
        if (!outcome.IsSuccess)
            return Refusal.For(
                ctx,
                outcome.Error,
                outcome.Error.Code == ErrorCodes.CenterCityRequired ? "city" : "name"
            );
        return new WizardOutcome.Done(
            ctx.T("bot.center.registered", lookups.Value.UnverifiedPerCenterPerDay),
            new(Keyboards.Button(ctx.Raw("bot.menu.center"), CallbackData.Center, CallbackData.Id(outcome.Value.Id)))
        );
    }
}
