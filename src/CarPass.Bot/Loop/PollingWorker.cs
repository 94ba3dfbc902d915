using CarPass.Bot.Setup;
using CarPass.Data.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace CarPass.Bot.Loop;

/// <summary>
/// CarPass's own long-polling loop (an <see cref="UpdatePump"/>): the offset moves only past
/// handled updates (Telegram.Bot's StartReceiving moves it first, losing an update on a crash).
/// Errors back off with jitter; a 429 waits exactly retry_after.
/// </summary>
public sealed class PollingWorker(
    ITelegramBotClient bot,
    UpdateDispatcher dispatcher,
    WriteGate gate,
    BotStartup startup,
    IOptions<TelegramOptions> options,
    ILogger<PollingWorker> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.PrepareAsync(deleteWebhook: true, stoppingToken);
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        var pump = new UpdatePump(
            bot,
            (update, turns, ct) => dispatcher.ProcessAsync(update, turns, ct),
            ParallelUpdates.For(options.Value, gate),
            // Polls are paced in real time even when the business clock is another (as in tests).
            TimeProvider.System
        );
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pump.RunAsync(options.Value.PollTimeoutSeconds, stoppingToken, backoff.Reset);
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
