using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Replies;

/// <summary>
/// A reply to send after the update's transaction commits. With <see cref="EditMessageId"/> the
/// bot edits that message in place instead of sending a new one; with <see cref="KeyboardOnly"/> it
/// only takes that message's buttons away. A <see cref="IsPrompt"/> message asks a flow's question:
/// once sent, the conversation remembers it, so the next step can take its buttons away. A
/// <see cref="PhotoFileId"/> resends a photo Telegram already holds, with the text as its caption.
/// </summary>
public sealed record OutgoingMessage(
    long ChatId,
    HtmlText Html,
    InlineKeyboardMarkup? Keyboard = null,
    int? EditMessageId = null,
    bool IsPrompt = false,
    bool KeyboardOnly = false,
    OutgoingDocument? Document = null,
    string? PhotoFileId = null
);
