using System.Runtime.ExceptionServices;
using CarPass.Bot.Conversations;
using CarPass.Bot.Routing;
using CarPass.Data.Users;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Replies;

/// <summary>
/// Sends a committed update's replies, each on its own. The actor's own chat goes first (the tap's
/// answer, then its messages in order), notices to anyone else after. A chat Telegram refuses (see
/// <see cref="Unreachable"/>) is marked in the database and skipped until its person writes again;
/// a message Telegram rejects (400) is logged; neither stops the other messages nor the update
/// loop. Any other failure (Telegram down, a long 429) is raised once every message had its try,
/// so the loop backs off as from any outage.
/// </summary>
public sealed class ReplySender(
    ITelegramBotClient bot,
    BotReachability reachability,
    PendingPrompts prompts,
    ILogger<ReplySender> logger
)
{
    public async Task FlushAsync(ReplyQueue queue, CancellationToken ct)
    {
        Exception? outage = null;
        if (queue.CallbackQueryId is { } callbackId)
            outage = (
                await TryAsync(
                    null,
                    () => bot.AnswerCallbackQuery(callbackId, queue.CallbackNotice, cancellationToken: ct),
                    ct
                )
            ).Outage;
        var own = queue.Messages.Where(m => m.ChatId == queue.ActorChatId).ToList();
        var others = queue.Messages.Where(m => m.ChatId != queue.ActorChatId).ToList();
        var skipped = new HashSet<long>(
            await reachability.UnreachableAsync([.. others.Select(m => m.ChatId).Distinct()], ct)
        );
        foreach (var message in own.Concat(others).Where(m => !skipped.Contains(m.ChatId)))
        {
            var attempt = await TryAsync(message.ChatId, () => SendAsync(message, ct), ct);
            if (attempt.Unreachable)
                skipped.Add(message.ChatId);
            outage ??= attempt.Outage;
        }
        if (outage is not null)
            ExceptionDispatchInfo.Throw(outage);
    }

    /// <summary>A refusal by Telegram is dealt with here; any other failure is handed back as the outage.</summary>
    private async Task<Attempt> TryAsync(long? chatId, Func<Task> send, CancellationToken ct)
    {
        try
        {
            await send();
            return new Attempt(false, null);
        }
        catch (ApiRequestException e) when (chatId is { } chat && Unreachable.Is(e))
        {
            logger.LogInformation(
                "Chat {ChatId} cannot be written to ({Reason}); it is skipped until it writes",
                chat,
                e.Message
            );
            await MarkAsync(chat, ct);
            return new Attempt(true, null);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            logger.LogWarning("Telegram refused a reply to chat {ChatId}: {Reason}", chatId, e.Message);
            return new Attempt(false, null);
        }
        catch (Exception e)
        {
            return new Attempt(false, e);
        }
    }

    private async Task MarkAsync(long chatId, CancellationToken ct)
    {
        try
        {
            await reachability.MarkUnreachableAsync(chatId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next refused send tries again; the replies still go out.
            logger.LogWarning(e, "Chat {ChatId} could not be marked unreachable", chatId);
        }
    }

    private async Task SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        var sentId = await SendOrEditAsync(message, ct);
        if (message.IsPrompt && sentId is { } id)
            prompts.Remember(message.ChatId, id);
    }

    /// <summary>The id of the message that now shows the reply.</summary>
    private async Task<int?> SendOrEditAsync(OutgoingMessage message, CancellationToken ct)
    {
        if (message.Document is { } document)
            return await SendDocumentAsync(bot, message.ChatId, document, message.Html, ct);
        if (message.PhotoFileId is { } photo)
            return (
                await bot.SendPhoto(
                    message.ChatId,
                    InputFile.FromFileId(photo),
                    message.Html.Markup,
                    ParseMode.Html,
                    cancellationToken: ct
                )
            ).MessageId;
        if (message.KeyboardOnly)
        {
            await RemoveKeyboardAsync(message.ChatId, message.EditMessageId!.Value, ct);
            return null;
        }
        if (message.EditMessageId is { } messageId)
        {
            try
            {
                await bot.EditMessageText(
                    message.ChatId,
                    messageId,
                    message.Html.Markup,
                    ParseMode.Html,
                    replyMarkup: message.Keyboard,
                    cancellationToken: ct
                );
                return messageId;
            }
            catch (ApiRequestException e)
                when (e.ErrorCode == 400 && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
            {
                return messageId;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 400 && !Unreachable.Is(e))
            {
                // The message is too old to edit or was deleted: say it anew below.
            }
        }
        var sent = await bot.SendMessage(
            message.ChatId,
            message.Html.Markup,
            ParseMode.Html,
            replyMarkup: message.Keyboard,
            cancellationToken: ct
        );
        return sent.MessageId;
    }

    public static async Task<int> SendDocumentAsync(
        ITelegramBotClient bot,
        long chatId,
        OutgoingDocument document,
        HtmlText caption,
        CancellationToken ct
    )
    {
        using var content = new MemoryStream(document.Content, writable: false);
        var sent = await bot.SendDocument(
            chatId,
            InputFile.FromStream(content, document.FileName),
            caption.Markup,
            ParseMode.Html,
            cancellationToken: ct
        );
        return sent.MessageId;
    }

    /// <summary>
    /// Buttons of an answered question go away. Telegram refuses to edit a message older than 48
    /// hours (or one the person deleted): its buttons then stay, answered "out of date" if tapped.
    /// </summary>
    private async Task RemoveKeyboardAsync(long chatId, int messageId, CancellationToken ct)
    {
        try
        {
            await bot.EditMessageReplyMarkup(chatId, messageId, replyMarkup: null, cancellationToken: ct);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && !Unreachable.Is(e))
        {
            logger.LogDebug("The buttons of message {MessageId} stay: {Reason}", messageId, e.Message);
        }
    }

    private readonly record struct Attempt(bool Unreachable, Exception? Outage);
}
