using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CarPass.Host.Dev;

/// <summary>
/// Signs initData the way Telegram does (secret = HMAC-SHA256("WebAppData", bot token); hash = hex
/// HMAC-SHA256 of the sorted "key=value" lines). For the development helper and tests only: the
/// server itself validates with Telegram.Bot's AuthHelpers, never with this class.
/// </summary>
public static class InitDataSigner
{
    // Telegram writes names as UTF-8, not as \u escapes.
    private static readonly JsonSerializerOptions TelegramLikeJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ForUser(
        string botToken,
        long telegramId,
        string firstName,
        string languageCode,
        DateTimeOffset authDate
    )
    {
        var user = JsonSerializer.Serialize(
            new Dictionary<string, object>
            {
                ["id"] = telegramId,
                ["first_name"] = firstName,
                ["language_code"] = languageCode,
            },
            TelegramLikeJson
        );
        return Sign(
            botToken,
            new Dictionary<string, string>
            {
                ["auth_date"] = authDate.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                ["query_id"] = $"AA{telegramId}",
                ["user"] = user,
            }
        );
    }

    public static string Sign(string botToken, IReadOnlyDictionary<string, string> fields)
    {
        var secret = HMACSHA256.HashData(Encoding.UTF8.GetBytes("WebAppData"), Encoding.UTF8.GetBytes(botToken));
        var check = string.Join(
            '\n',
            fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}")
        );
        var hash = Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(check)));
        var query = fields.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}");
        return string.Join('&', query.Append($"hash={hash}"));
    }
}
