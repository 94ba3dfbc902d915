namespace CarPass.Data.Users;

/// <summary>Someone the bot writes to: their chat, and the language and time zone to write in.</summary>
public sealed record Recipient(Guid Id, long TelegramId, string Language, string TimeZone);
