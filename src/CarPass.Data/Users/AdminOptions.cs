namespace CarPass.Data.Users;

public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Telegram ids of CarPass operators (verify centres, resolve disputes).</summary>
    public long[] TelegramIds { get; set; } = [];
}
