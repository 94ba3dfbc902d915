using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Replies;
using CarPass.Bot.Setup;
using CarPass.Data.CenterReview;
using CarPass.Data.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Notifications;

/// <summary>
/// Tells operators about centres waiting for review, at most once per period each (see
/// <see cref="ReviewNotices"/>); it runs with the notification sender job, so a new registration
/// is announced within a minute. An operator Telegram refuses is marked unreachable and hears of
/// the waiting centres once they write to the bot; a notice that failed otherwise is tried again
/// on a later run.
/// </summary>
public sealed class ReviewNoticeSender(
    IServiceScopeFactory scopes,
    NudgeBotClient bot,
    SendPacer pacer,
    IOptions<AdminOptions> admins,
    IOptions<TelegramOptions> telegram,
    ILogger<ReviewNoticeSender> logger
)
{
    /// <summary>Returns how many notices went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        if (!telegram.Value.IsEnabled)
            return 0;
        await using var scope = scopes.CreateAsyncScope();
        var notices = scope.ServiceProvider.GetRequiredService<ReviewNotices>();
        var sent = 0;
        foreach (var notice in await notices.ClaimDueAsync(admins.Value.TelegramIds, ct))
        {
            if (await SendAsync(scope.ServiceProvider, notice, ct))
            {
                await notices.SentAsync(notice, ct);
                sent++;
            }
            else
                await notices.ReleaseAsync(notice, ct);
        }
        return sent;
    }

    private async Task<bool> SendAsync(IServiceProvider services, ReviewNotice notice, CancellationToken ct)
    {
        var (html, keyboard) = ReviewNoticeText.Render(notice);
        var slot = await pacer.WaitTurnAsync(notice.ChatId, ct);
        try
        {
            await bot.Client.SendMessage(
                notice.ChatId,
                html.Markup,
                ParseMode.Html,
                replyMarkup: keyboard,
                cancellationToken: ct
            );
            return true;
        }
        catch (ApiRequestException e) when (Unreachable.Is(e))
        {
            logger.LogInformation("Operator chat {ChatId} refuses the bot ({Reason})", notice.ChatId, e.Message);
            await services.GetRequiredService<BotReachability>().MarkUnreachableAsync(notice.ChatId, ct);
        }
        catch (Exception e)
            when (e is RequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogWarning(
                e,
                "A review notice to chat {ChatId} was not sent; a later run tries again",
                notice.ChatId
            );
        }
        finally
        {
            pacer.Done(slot);
        }
        return false;
    }
}
