using System.Text.Json.Serialization;

namespace CarPass.Host.Auth;

/// <summary>The "user" field of initData, as Telegram writes it.</summary>
internal sealed record InitDataUser(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("first_name")] string? FirstName,
    [property: JsonPropertyName("last_name")] string? LastName,
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("language_code")] string? LanguageCode
);
