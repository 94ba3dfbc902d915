using CarPass.Bot.Setup;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CarPass.Bot.Notifications;

/// <summary>
/// The bot's token, server and HTTP client, without the client's automatic 429 retries: the sender
/// handles every 429 itself (pausing only that chat), and every request it makes passes its pacer.
/// Created on first use, so a host without a token never builds it.
/// </summary>
public sealed class NudgeBotClient(IOptions<TelegramOptions> options, IHttpClientFactory http)
{
    private readonly Lazy<ITelegramBotClient> _client = new(() => Create(options.Value, http));

    public ITelegramBotClient Client => _client.Value;

    private static ITelegramBotClient Create(TelegramOptions o, IHttpClientFactory http)
    {
        var baseUrl = string.IsNullOrWhiteSpace(o.ApiBaseUrl) ? null : o.ApiBaseUrl;
        var clientOptions = new TelegramBotClientOptions(o.BotToken, baseUrl) { RetryThreshold = 0, RetryCount = 1 };
        return new TelegramBotClient(clientOptions, http.CreateClient(BotServiceCollectionExtensions.HttpClientName));
    }
}
