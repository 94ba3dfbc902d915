using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Wizards;

/// <summary>How a flow ended: done with a message, or back to a step with an explanation.</summary>
public abstract record WizardOutcome
{
    public sealed record Done(HtmlText Html, InlineKeyboardMarkup? Keyboard = null) : WizardOutcome
    {
        public FollowUp? Then { get; init; }
    }

    public sealed record AskAgain(string StepKey, HtmlText ErrorHtml) : WizardOutcome;
}
