namespace CarPass.Bot.Setup;

/// <summary>The Mini App: where it lives (the bot opens it) and how its initData is judged (see docs/MINIAPP.md).</summary>
public sealed class MiniAppOptions
{
    public const string Section = "MiniApp";

    /// <summary>Public https address of the Mini App; when set, the chat menu button opens it.</summary>
    public string? Url { get; set; }

    /// <summary>initData older than this is refused; Telegram signs it when the Mini App opens.</summary>
    public int InitDataMaxAgeSeconds { get; set; } = 86400;

    /// <summary>How far in the future an auth_date may be before it is refused (clocks drift a little).</summary>
    public int AllowedClockSkewSeconds { get; set; } = 60;
}
