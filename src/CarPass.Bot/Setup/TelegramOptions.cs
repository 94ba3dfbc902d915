namespace CarPass.Bot.Setup;

public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public string BotToken { get; set; } = "";

    /// <summary>A self-hosted Bot API server or a test server; empty means Telegram's own.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>"polling" (default) or "webhook".</summary>
    public string Mode { get; set; } = "polling";
    public string? WebhookUrl { get; set; }
    public string? WebhookSecret { get; set; }

    /// <summary>Whether this instance calls setWebhook on start (one instance of a deployment may own it).</summary>
    public bool RegisterWebhook { get; set; } = true;

    /// <summary>How many connections Telegram may open to the webhook at once.</summary>
    public int WebhookMaxConnections { get; set; } = 40;

    /// <summary>Seconds a getUpdates call waits for news (long polling).</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>Updates handled at once (different chats); 0 chooses by the database (see Loop/ParallelUpdates).</summary>
    public int MaxParallelUpdates { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);
    public bool IsWebhook => string.Equals(Mode, "webhook", StringComparison.OrdinalIgnoreCase);
}
