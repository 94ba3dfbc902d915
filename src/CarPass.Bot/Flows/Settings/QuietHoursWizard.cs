using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Routing;
using CarPass.Data.Users;
using CarPass.Domain.Common;

namespace CarPass.Bot.Flows.Settings;

/// <summary>
/// When nothing is sent: a common span by button, any two whole hours typed ("22-8", "23–7"), or
/// off. Hours are the owner's own time zone's; anything else is answered and changes nothing.
/// </summary>
public sealed class QuietHoursWizard(UserUseCases users) : Wizard
{
    private static readonly string[] Common = ["21-9", "22-8", "23-7", "0-8"];

    public override string Name => FlowNames.QuietHours;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        new("hours", "bot.settings.ask_quiet_hours")
        {
            PromptArgs = (ctx, _) => [ctx.User.TimeZone],
            Choices = (ctx, _, _) =>
                Task.FromResult<IReadOnlyList<Choice>>([
                    .. Common.Select(span => new Choice(span, QuietHoursInput.Label(span))),
                    new Choice(QuietHoursInput.Off, ctx.Raw("bot.settings.quiet_off")),
                ]),
            Parse = (ctx, _, text, _) =>
                Task.FromResult(
                    QuietHoursInput.Read(text) is { } hours
                        ? StepInput.Ok(hours == (0, 0) ? QuietHoursInput.Off : $"{hours.Start}-{hours.End}")
                        : StepInput.Fail(ctx.Error(new DomainError(ErrorCodes.QuietHoursInvalid)))
                ),
        },
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var (start, end) = QuietHoursInput.Read(d["hours"]!)!.Value;
        var preferences = NotificationToggles.Copy(ctx.User.Notifications);
        preferences.QuietHoursStart = start;
        preferences.QuietHoursEnd = end;
        var outcome = await users.SetNotificationsAsync(ctx.User.Id, preferences, ct);
        if (!outcome.IsSuccess)
            return new WizardOutcome.AskAgain("hours", ctx.Error(outcome.Error));
        ctx.User = outcome.Value;
        return new WizardOutcome.Done(
            start == end
                ? ctx.T("bot.settings.quiet_hours_saved_off")
                : ctx.T("bot.settings.quiet_hours_saved", start, end, ctx.User.TimeZone),
            new(Keyboards.Button(ctx.Raw("bot.menu.settings"), CallbackData.Settings))
        );
    }
}
