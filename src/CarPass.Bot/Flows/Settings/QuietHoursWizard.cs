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
    private const string Off = "off";
    private static readonly string[] Common = ["21-9", "22-8", "23-7", "0-8"];

    public override string Name => FlowNames.QuietHours;

    public override IReadOnlyList<WizardStep> Steps { get; } =
    [
        new("hours", "bot.settings.ask_quiet_hours")
        {
            PromptArgs = (ctx, _) => [ctx.User.TimeZone],
            Choices = (ctx, _, _) =>
                Task.FromResult<IReadOnlyList<Choice>>([
                    .. Common.Select(span => new Choice(span, Label(span))),
                    new Choice(Off, ctx.Raw("bot.settings.quiet_off")),
                ]),
            Parse = (ctx, _, text, _) =>
                Task.FromResult(
                    Read(text) is { } hours
                        ? StepInput.Ok(hours == (0, 0) ? Off : $"{hours.Start}-{hours.End}")
                        : StepInput.Fail(ctx.Error(new DomainError(ErrorCodes.QuietHoursInvalid)))
                ),
        },
    ];

    public override async Task<WizardOutcome> CompleteAsync(BotContext ctx, Draft d, CancellationToken ct)
    {
        var (start, end) = Read(d["hours"]!)!.Value;
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

    /// <summary>Two different hours 0-23 separated by a dash or a space, or "off" (stored as 0-0: no quiet time).</summary>
    internal static (int Start, int End)? Read(string text)
    {
        var value = text.Trim();
        if (value.Equals(Off, StringComparison.OrdinalIgnoreCase))
            return (0, 0);
        var parts = value.Split(['-', '–', '—', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (
            parts.Length != 2
            || !int.TryParse(parts[0], out var start)
            || !int.TryParse(parts[1], out var end)
            || start is < 0 or > 23
            || end is < 0 or > 23
            || start == end
        )
            return null;
        return (start, end);
    }

    private static string Label(string span)
    {
        var (start, end) = Read(span)!.Value;
        return $"{start:00}:00–{end:00}:00";
    }
}
