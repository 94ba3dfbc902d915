using CarPass.Domain.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bot.Setup;

/// <summary>On start: the command menu in Russian and English, and the menu button opening the Mini App.</summary>
public sealed class BotStartup(ITelegramBotClient bot, IOptions<MiniAppOptions> miniApp, ILogger<BotStartup> logger)
{
    public async Task PrepareAsync(bool deleteWebhook, CancellationToken ct)
    {
        try
        {
            if (deleteWebhook)
                await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct);
            await bot.SetMyCommands(BotCommands.In(Language.En), languageCode: null, cancellationToken: ct);
            await bot.SetMyCommands(BotCommands.In(Language.Ru), languageCode: "ru", cancellationToken: ct);
            if (!string.IsNullOrWhiteSpace(miniApp.Value.Url))
            {
                var button = new MenuButtonWebApp
                {
                    Text = TextCatalog.Get(Language.En, "bot.menu.open_app"),
                    WebApp = new WebAppInfo(miniApp.Value.Url),
                };
                await bot.SetChatMenuButton(menuButton: button, cancellationToken: ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The bot still works without its menus; they are set again on the next start.
            logger.LogWarning(e, "Could not set the bot's commands or menu button");
        }
    }
}
