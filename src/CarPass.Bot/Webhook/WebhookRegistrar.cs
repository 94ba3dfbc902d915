using CarPass.Bot.Loop;
using CarPass.Bot.Setup;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CarPass.Bot.Webhook;

/// <summary>In webhook mode: tells Telegram where to deliver updates and which secret to send along.</summary>
public sealed class WebhookRegistrar(
    ITelegramBotClient bot,
    BotStartup startup,
    IOptions<TelegramOptions> options,
    ILogger<WebhookRegistrar> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.RegisterWebhook)
            return;
        await startup.PrepareAsync(deleteWebhook: false, stoppingToken);
        if (string.IsNullOrWhiteSpace(o.WebhookUrl) || string.IsNullOrWhiteSpace(o.WebhookSecret))
        {
            logger.LogError(
                "Webhook mode needs Telegram:WebhookUrl and Telegram:WebhookSecret; no updates will arrive"
            );
            return;
        }
        try
        {
            await bot.SetWebhook(
                o.WebhookUrl,
                secretToken: o.WebhookSecret,
                maxConnections: o.WebhookMaxConnections,
                allowedUpdates: TelegramUpdates.Allowed,
                cancellationToken: stoppingToken
            );
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not register the webhook");
        }
    }
}
