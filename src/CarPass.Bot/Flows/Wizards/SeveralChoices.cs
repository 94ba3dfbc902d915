namespace CarPass.Bot.Flows.Wizards;

/// <summary>
/// A step where several buttons may be chosen. A button says what it does ("+EngineOil" turns a
/// choice on, "-EngineOil" off), so a tap that no longer matches what is chosen — a replay or an
/// older copy of the keyboard — is refused instead of flipping the choice back. Done moves on.
/// </summary>
public static class SeveralChoices
{
    public const string Done = "~d";
    public const string ChosenMark = "✅ ";

    /// <summary>The chosen values as the draft keeps them (comma-separated, in the order of the buttons).</summary>
    public static IReadOnlyList<string> Read(string? stored) => string.IsNullOrEmpty(stored) ? [] : stored.Split(',');

    /// <summary>The buttons as shown: a chosen one marked and turning it off, the others turning them on.</summary>
    public static IReadOnlyList<Choice> Shown(IReadOnlyList<Choice> choices, string? stored)
    {
        var chosen = Read(stored);
        return
        [
            .. choices.Select(c =>
                chosen.Contains(c.Value)
                    ? new Choice($"-{c.Value}", ChosenMark + c.Label)
                    : new Choice($"+{c.Value}", c.Label)
            ),
        ];
    }

    /// <summary>
    /// The choices after the tap (null when none is left); false when the tap does not match the
    /// choices as they are, and then nothing changes.
    /// </summary>
    public static bool TryApply(IReadOnlyList<Choice> choices, string? stored, string tap, out string? next)
    {
        next = stored;
        var chosen = Read(stored);
        if (tap.Length < 2 || tap[0] is not ('+' or '-'))
            return false;
        var (value, on) = (tap[1..], tap[0] == '+');
        if (choices.All(c => c.Value != value) || chosen.Contains(value) == on)
            return false;
        var values = choices.Select(c => c.Value).Where(v => v == value ? on : chosen.Contains(v)).ToList();
        next = values.Count == 0 ? null : string.Join(',', values);
        return true;
    }
}
