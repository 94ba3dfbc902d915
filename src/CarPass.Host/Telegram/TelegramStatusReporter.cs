using Microsoft.Extensions.Options;

namespace CarPass.Host.Telegram;

/// <summary>Says once, at start, whether the bot can talk to Telegram — and how to switch it on.</summary>
internal sealed class TelegramStatusReporter(IOptions<TelegramOptions> options, ILogger<TelegramStatusReporter> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.BotToken))
            logger.LogWarning(
                "Telegram bot is off: no bot token. Get one from @BotFather and set Telegram:BotToken — in appsettings.Local.json, "
                    + "as the environment variable Telegram__BotToken, or as --Telegram:BotToken=<token>. Everything else runs without it."
            );
        else
            logger.LogInformation("Telegram bot token is configured.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
