namespace CarPass.Host.Telegram;

public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public string BotToken { get; set; } = "";

    /// <summary>A self-hosted Bot API server or a test server; empty means Telegram's own.</summary>
    public string? ApiBaseUrl { get; set; }
}
