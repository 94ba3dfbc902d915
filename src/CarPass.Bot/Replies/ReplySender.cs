using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Replies;

/// <summary>Sends a committed update's replies; an edit that cannot be made becomes a new message.</summary>
public sealed class ReplySender(ITelegramBotClient bot)
{
    public async Task FlushAsync(ReplyQueue queue, CancellationToken ct)
    {
        if (queue.CallbackQueryId is { } callbackId)
            await bot.AnswerCallbackQuery(callbackId, queue.CallbackNotice, cancellationToken: ct);
        foreach (var message in queue.Messages)
            await SendAsync(message, ct);
    }

    private async Task SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        if (message.EditMessageId is { } messageId)
        {
            try
            {
                await bot.EditMessageText(
                    message.ChatId,
                    messageId,
                    message.Html,
                    ParseMode.Html,
                    replyMarkup: message.Keyboard,
                    cancellationToken: ct
                );
                return;
            }
            catch (ApiRequestException e)
                when (e.ErrorCode == 400 && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 400)
            {
                // The message is too old to edit or was deleted: say it anew below.
            }
        }
        await bot.SendMessage(
            message.ChatId,
            message.Html,
            ParseMode.Html,
            replyMarkup: message.Keyboard,
            cancellationToken: ct
        );
    }
}
