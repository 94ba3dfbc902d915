namespace CarPass.Bot.Flows.Wizards;

/// <summary>A button of a step: the value stored in the draft and its (already escaped) label.</summary>
public sealed record Choice(string Value, string Label);
