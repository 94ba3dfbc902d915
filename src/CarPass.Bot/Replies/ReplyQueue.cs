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

    public IReadOnlyList<OutgoingMessage> Messages => _messages;

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

    /// <summary>A file (a report's PDF, an export) with a short caption, in order with the messages.</summary>
    public void SendDocument(long chatId, OutgoingDocument document, HtmlText caption) =>
        _messages.Add(
            new OutgoingMessage(chatId, TelegramLimits.FitText(caption, TelegramLimits.Caption), Document: document)
        );

    /// <summary>A photo Telegram already holds (by its file id), with a short caption.</summary>
    public void SendPhoto(long chatId, string fileId, HtmlText caption) =>
        _messages.Add(
            new OutgoingMessage(chatId, TelegramLimits.FitText(caption, TelegramLimits.Caption), PhotoFileId: fileId)
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
        CallbackNotice = null;
    }
}
