namespace CarPass.Host.Auth;

/// <summary>How the Mini App's initData is judged (see docs/MINIAPP.md).</summary>
public sealed class MiniAppOptions
{
    public const string Section = "MiniApp";

    /// <summary>initData older than this is refused; Telegram signs it when the Mini App opens.</summary>
    public int InitDataMaxAgeSeconds { get; set; } = 86400;

    /// <summary>How far in the future an auth_date may be before it is refused (clocks drift a little).</summary>
    public int AllowedClockSkewSeconds { get; set; } = 60;
}
