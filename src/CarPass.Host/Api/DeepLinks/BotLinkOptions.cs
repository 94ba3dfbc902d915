namespace CarPass.Host.Api.DeepLinks;

/// <summary>Telegram:BotUsername — the bot the Mini App's "open in the bot" links point to.</summary>
public sealed class BotLinkOptions
{
    public const string Section = "Telegram";

    public string BotUsername { get; set; } = "";
}
