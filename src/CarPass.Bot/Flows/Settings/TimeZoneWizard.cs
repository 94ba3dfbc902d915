using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Users;
using CarPass.Domain.Common;
using CarPass.Domain.Notifications;

namespace CarPass.Bot.Flows.Settings;

/// <summary>The owner's time zone (for quiet hours): a common Russian zone by button, or any IANA name typed.</summary>
public sealed class TimeZoneWizard(UserUseCases users) : Wizard
{
    public override string Name => FlowNames.TimeZone;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        new("zone", "bot.settings.ask_time_zone")
        {
            ChoicesPerRow = 2,
            Choices = (_, _, _) =>
                Task.FromResult<IReadOnlyList<Choice>>(CommonTimeZones.All.Select(z => new Choice(z, z)).ToList()),
            Parse = (ctx, _, text, _) =>
                Task.FromResult(
                    TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone)
                        ? StepInput.Ok(zone.Id)
                        : StepInput.Fail(ctx.Error(new DomainError(ErrorCodes.TimeZoneUnknown)))
                ),
        },
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var outcome = await users.SetTimeZoneAsync(ctx.User.Id, d["zone"]!, ct);
        if (!outcome.IsSuccess)
            return new WizardOutcome.AskAgain("zone", ctx.Error(outcome.Error));
        ctx.User = outcome.Value;
        return new WizardOutcome.Done(
            ctx.T("bot.settings.time_zone_saved", ctx.User.TimeZone),
            new(Keyboards.Button(ctx.Raw("bot.menu.settings"), CallbackData.Settings))
        );
    }
}
