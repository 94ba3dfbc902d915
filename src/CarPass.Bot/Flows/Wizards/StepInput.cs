using CarPass.Bot.Routing;

namespace CarPass.Bot.Flows.Wizards;

/// <summary>What a step made of the text a person typed: a value to keep, or why it cannot be kept.</summary>
public readonly record struct StepInput(string? Value, HtmlText? ErrorHtml)
{
    public static StepInput Ok(string value) => new(value, null);

    public static StepInput Fail(HtmlText errorHtml) => new(null, errorHtml);
}
