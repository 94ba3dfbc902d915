namespace CarPass.Data.Users;

/// <summary>Who Telegram says the user is (from an update or validated initData — never from a body).</summary>
public sealed record TelegramProfile(
    long TelegramId,
    string FirstName,
    string? LastName = null,
    string? Username = null,
    string? LanguageCode = null
);
