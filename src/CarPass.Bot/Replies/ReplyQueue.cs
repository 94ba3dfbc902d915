using CarPass.Bot.Routing;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Replies;

/// <summary>
/// What one update wants to say. Nothing is sent until the update's changes are committed, so
/// the bot never acknowledges something that was not saved.
/// </summary>
public sealed class ReplyQueue
{
    private readonly List<OutgoingMessage> _messages = [];
    private readonly List<Guid> _requestNotices = [];
    private readonly List<OutgoingDocument> _documents = [];

    public IReadOnlyList<OutgoingMessage> Messages => _messages;

    /// <summary>Files to send, after the messages.</summary>
    public IReadOnlyList<OutgoingDocument> Documents => _documents;

    /// <summary>The chat the update came from: its replies go out first, before notices to anyone else.</summary>
    public long? ActorChatId { get; set; }

    /// <summary>Requests whose owner's notice (queued in the outbox by the write) goes out right after the commit.</summary>
    public IReadOnlyList<Guid> RequestNotices => _requestNotices;
    public string? CallbackQueryId { get; private set; }
    public string? CallbackNotice { get; private set; }

    public void Send(long chatId, HtmlText html, InlineKeyboardMarkup? keyboard = null, bool prompt = false) =>
        _messages.Add(new OutgoingMessage(chatId, TelegramLimits.FitText(html), keyboard, IsPrompt: prompt));

    public void Edit(
        long chatId,
        int messageId,
        HtmlText html,
        InlineKeyboardMarkup? keyboard = null,
        bool prompt = false
    ) => _messages.Add(new OutgoingMessage(chatId, TelegramLimits.FitText(html), keyboard, messageId, prompt));

    /// <summary>Takes the buttons off a message whose question has been answered or left.</summary>
    public void RemoveKeyboard(long chatId, int messageId) =>
        _messages.Add(new OutgoingMessage(chatId, HtmlText.Empty, null, messageId, KeyboardOnly: true));

    public void SendDocument(long chatId, string fileName, byte[] content, HtmlText caption) =>
        _documents.Add(
            new OutgoingDocument(chatId, fileName, content, TelegramLimits.FitText(caption, TelegramLimits.Caption))
        );

    public void SendRequestNotice(Guid requestId) => _requestNotices.Add(requestId);

    /// <summary>Every button tap is answered, so the client stops its spinner.</summary>
    public void AnswerCallback(string callbackQueryId, string? notice = null)
    {
        CallbackQueryId = callbackQueryId;
        CallbackNotice = notice is null ? null : TelegramLimits.FitPlain(notice, 200);
    }

    /// <summary>A short notice on the tapped button's answer (plain text), the message left as it is.</summary>
    public void Toast(string notice) => CallbackNotice = TelegramLimits.FitPlain(notice, 200);

    public void Clear()
    {
        _messages.Clear();
        _requestNotices.Clear();
        _documents.Clear();
        CallbackNotice = null;
    }
}
