using CarPass.Bot.Conversations;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Replies;
using CarPass.Data.Users;
using CarPass.Domain.Common;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Routing;

/// <summary>One update being handled: who, in which chat and language, and what to say back.</summary>
public sealed class BotContext(long chatId, User user, ReplyQueue replies, ConversationStore conversations)
{
    public long ChatId { get; } = chatId;
    public User User { get; set; } = user;
    public ReplyQueue Replies { get; } = replies;
    public ConversationStore Conversations { get; } = conversations;

    /// <summary>The bot message whose button was tapped; replies edit it in place.</summary>
    public int? TappedMessageId { get; init; }

    public Language Language => Languages.FromCode(User.Language);

    /// <summary>This user's texts: their language, dates in their time zone.</summary>
    public Speaker Speaker => Speaker.For(User);

    /// <summary>A text in the user's language, HTML-escaped (arguments included) for Telegram's HTML mode.</summary>
    public string T(string key, params object[] args) => Speaker.T(key, args);

    /// <summary>The unescaped text, for use as an argument of another text.</summary>
    public string Raw(string key, params object[] args) => Speaker.Raw(key, args);

    public string Error(DomainError error) => Speaker.Error(error);

    /// <summary>Says something: edits the tapped message when there is one, else sends a new message.</summary>
    public void Say(string html, Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup? keyboard = null)
    {
        if (TappedMessageId is { } messageId)
            Replies.Edit(ChatId, messageId, html, keyboard);
        else
            Replies.Send(ChatId, html, keyboard);
    }
}
