namespace CarPass.Data.Users;

public sealed class User
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public long TelegramId { get; set; }
    public string FirstName { get; set; } = "";
    public string? LastName { get; set; }
    public string? Username { get; set; }

    /// <summary>"ru" or "en"; first taken from Telegram's language_code, then the user's own choice.</summary>
    public string Language { get; set; } = "en";

    /// <summary>IANA time zone id, used for quiet hours.</summary>
    public string TimeZone { get; set; } = "Europe/Moscow";
    public NotificationPreferences Notifications { get; set; } = new();
    public bool IsServiceStaff { get; set; }
    public bool IsOperator { get; set; }

    /// <summary>Set when Telegram answers 403 (the user blocked the bot): no more sends.</summary>
    public DateTime? BlockedBotAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
