namespace CarPass.Bot.Flows.Wizards;

/// <summary>A button of a step: the value stored in the draft and its label (plain text: Telegram shows labels as typed).</summary>
public sealed record Choice(string Value, string Label);
