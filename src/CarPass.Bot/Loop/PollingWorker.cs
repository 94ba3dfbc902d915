using CarPass.Bot.Setup;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Loop;

/// <summary>
/// CarPass's own long-polling loop: fetch, handle, and only then move the offset past the batch
/// (Telegram.Bot's StartReceiving moves it first, losing an update on a crash). Errors back off
/// with jitter; a 429 waits exactly retry_after.
/// </summary>
public sealed class PollingWorker(
    ITelegramBotClient bot,
    UpdateDispatcher dispatcher,
    BotStartup startup,
    IOptions<TelegramOptions> options,
    ILogger<PollingWorker> logger
) : BackgroundService
{
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.PrepareAsync(deleteWebhook: true, stoppingToken);
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        int? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await bot.GetUpdates(
                    offset,
                    100,
                    options.Value.PollTimeoutSeconds,
                    AllowedUpdates,
                    stoppingToken
                );
                if (batch.Length > 0)
                {
                    await dispatcher.DispatchAsync(batch, stoppingToken);
                    offset = batch.Max(u => u.Id) + 1;
                }
                backoff.Reset();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException e) when (e.Parameters?.RetryAfter is { } seconds)
            {
                logger.LogWarning("Bot API asked to wait {Seconds} s", seconds);
                await Wait(TimeSpan.FromSeconds(seconds), stoppingToken);
            }
            catch (Exception e)
            {
                var delay = backoff.Next();
                logger.LogWarning(e, "Update loop failed; retrying in {Delay}", delay);
                await Wait(delay, stoppingToken);
            }
        }
    }

    private static async Task Wait(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: the loop ends on its next check.
        }
    }
}
