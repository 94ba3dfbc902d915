using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Flows.Wizards;

/// <summary>How a flow ended: done with a message, or back to a step with an explanation.</summary>
public abstract record WizardOutcome
{
    public sealed record Done(string Html, InlineKeyboardMarkup? Keyboard = null) : WizardOutcome;

    public sealed record AskAgain(string StepKey, string ErrorHtml) : WizardOutcome;
}
