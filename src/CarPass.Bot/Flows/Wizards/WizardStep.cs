using CarPass.Bot.Routing;

namespace CarPass.Bot.Flows.Wizards;

/// <summary>
/// One question of a guided flow. A step takes typed text (<see cref="Parse"/>), buttons
/// (<see cref="Choices"/>, labels as plain text) or both; <see cref="When"/> leaves it out when it
/// does not apply.
/// </summary>
public sealed record WizardStep(string Key, string PromptKey)
{
    public bool Optional { get; init; }
    public Func<BotContext, Draft, string, CancellationToken, Task<StepInput>>? Parse { get; init; }
    public Func<BotContext, Draft, CancellationToken, Task<IReadOnlyList<Choice>>>? Choices { get; init; }
    public Func<Draft, bool> When { get; init; } = _ => true;
    public int ChoicesPerRow { get; init; } = 2;

    /// <summary>Several choices may be picked, each tap turning one on or off, and Done moves on (<see cref="SeveralChoices"/>).</summary>
    public bool Several { get; init; }

    /// <summary>A photo answers the step: its Telegram file id is kept as the value (see <see cref="Wizard.OnPhotoAsync"/>).</summary>
    public bool TakesPhoto { get; init; }

    /// <summary>Arguments for the prompt text, e.g. the current odometer.</summary>
    public Func<BotContext, Draft, object[]> PromptArgs { get; init; } = (_, _) => [];
}
