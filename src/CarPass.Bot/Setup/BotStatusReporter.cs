using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CarPass.Bot.Setup;

/// <summary>Says once, at start, whether the bot talks to Telegram — and how to switch it on.</summary>
internal sealed class BotStatusReporter(IOptions<TelegramOptions> options, ILogger<BotStatusReporter> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsEnabled)
            logger.LogWarning(
                "Telegram bot is off: no bot token. Get one from @BotFather and set Telegram:BotToken in appsettings.Local.json "
                    + "or as the environment variable Telegram__BotToken (not on the command line, where other users and the shell history see it). "
                    + "Everything else runs without it."
            );
        else
            logger.LogInformation("Telegram bot is on ({Mode} mode).", options.Value.IsWebhook ? "webhook" : "polling");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
