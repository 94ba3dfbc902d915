using CarPass.Bot.Conversations;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Replies;
using CarPass.Data.Users;
using CarPass.Domain.Common;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Routing;

/// <summary>
/// One update being handled: who, in which chat and language, and what to say back. Every handler
/// (a <c>XxxHandler</c> or a <see cref="Flows.Wizards.Wizard"/>) takes one.
/// </summary>
/// <remarks>
/// <b>A handler may run twice for one update.</b> An update that looks read-only is first routed in
/// a read-only snapshot (<see cref="Data.Persistence.ReadPhase"/>); if a handler writes after all, that run is
/// thrown away (its replies are cleared, the database refused the write) and the update is routed
/// again inside the write transaction. So a handler parses, calls a use case or a reader from
/// CarPass.Data, and renders through <see cref="Replies"/> and <see cref="Say"/> — nothing else: no
/// query of its own, no message sent around the <see cref="ReplyQueue"/>, no state kept between calls.
/// </remarks>
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

    /// <summary>A text in the user's language for a message (<see cref="Speaker.T"/>).</summary>
    public HtmlText T(string key, params object[] args) => Speaker.T(key, args);

    /// <summary>The plain text: a button label, a tap's notice, or a part of another text.</summary>
    public string Raw(string key, params object[] args) => Speaker.Raw(key, args);

    public HtmlText Error(DomainError error) => Speaker.Error(error);

    /// <summary>Refusals that mean "this was already done": a second tap on Confirm, Allow or Approve.</summary>
    private static readonly HashSet<string> AlreadyDone =
    [
        ErrorCodes.VisitAlreadyDecided,
        ErrorCodes.RequestAlreadyDecided,
        ErrorCodes.DisputeAlreadyResolved,
        Domain.Ownership.OwnershipErrorCodes.ClaimAlreadyDecided,
    ];

    /// <summary>
    /// Says why the write path refused. A tap on something already done only shows a toast: the
    /// message keeps the first tap's result and its buttons.
    /// </summary>
    public void Refuse(DomainError error)
    {
        if (TappedMessageId is not null && AlreadyDone.Contains(error.Code))
            Replies.Toast(TextCatalog.Error(Language, Speaker.Zone, error));
        else
            Say(Error(error));
    }

    /// <summary>Says something: edits the tapped message when there is one, else sends a new message.</summary>
    /// <param name="prompt">It asks a flow's question (see <see cref="Replies.OutgoingMessage.IsPrompt"/>).</param>
    public void Say(
        HtmlText html,
        Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup? keyboard = null,
        bool prompt = false
    )
    {
        if (TappedMessageId is { } messageId)
            Replies.Edit(ChatId, messageId, html, keyboard, prompt);
        else
            Replies.Send(ChatId, html, keyboard, prompt);
    }

    /// <inheritdoc cref="Say(HtmlText, Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup?, bool)"/>
    public void Say(HtmlInterpolation html, Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup? keyboard = null) =>
        Say(html.ToHtml(), keyboard);
}
