using Microsoft.Extensions.Configuration;
using Telegram.Bot;

namespace CarPass.Bot.Setup;

/// <summary>The bot's @username for t.me links: from Telegram:BotUsername, or asked once with getMe.</summary>
public sealed class BotIdentity(ITelegramBotClient bot, IConfiguration configuration)
{
    private string? _username = configuration["Telegram:BotUsername"] is { Length: > 0 } configured
        ? configured.TrimStart('@')
        : null;

    public async Task<string> UsernameAsync(CancellationToken ct) => _username ??= (await bot.GetMe(ct)).Username ?? "";

    public async Task<string> StartLinkAsync(string payload, CancellationToken ct) =>
        $"https://t.me/{await UsernameAsync(ct)}?start={payload}";
}
