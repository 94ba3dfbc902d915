using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Replies;

/// <summary>
/// A reply to send after the update's transaction commits. With <see cref="EditMessageId"/> the
/// bot edits that message in place instead of sending a new one.
/// </summary>
public sealed record OutgoingMessage(
    long ChatId,
    HtmlText Html,
    InlineKeyboardMarkup? Keyboard = null,
    int? EditMessageId = null
);
