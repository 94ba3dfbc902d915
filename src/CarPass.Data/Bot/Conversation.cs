namespace CarPass.Data.Bot;

/// <summary>
/// Where a chat is in a guided flow, kept in the database so a restart or another instance
/// continues the conversation.
/// </summary>
public sealed class Conversation
{
    public long ChatId { get; set; }
    public string Flow { get; set; } = "";
    public int Step { get; set; }

    /// <summary>Values collected so far, as a JSON object of strings.</summary>
    public string DraftJson { get; set; } = "{}";

    /// <summary>The bot message that shows the current step, edited in place on button taps.</summary>
    public int? PromptMessageId { get; set; }
    public DateTime UpdatedAt { get; set; }
}
