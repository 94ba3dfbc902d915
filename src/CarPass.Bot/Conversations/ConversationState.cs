namespace CarPass.Bot.Conversations;

/// <summary>A chat's place in a guided flow: which flow, which step, and the values collected so far.</summary>
public sealed record ConversationState(
    string Flow,
    int Step,
    Dictionary<string, string> Draft,
    int? PromptMessageId = null
)
{
    public string? this[string key] => Draft.GetValueOrDefault(key);
}
