using System.Security.Cryptography;
using System.Text;

namespace CarPass.Bot.Tests.Notifications;

/// <summary>Mini App initData signed the way Telegram signs it, for a chosen user and time.</summary>
internal static class SignedInitData
{
    public static string For(string botToken, long telegramId, long authDate)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["auth_date"] = authDate.ToString(),
            ["query_id"] = "AAF-test",
            ["user"] = $$"""{"id":{{telegramId}},"first_name":"Operator"}""",
        };
        var secret = HMACSHA256.HashData(Encoding.UTF8.GetBytes("WebAppData"), Encoding.UTF8.GetBytes(botToken));
        var checkString = string.Join('\n', fields.Select(f => $"{f.Key}={f.Value}"));
        var hash = Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(checkString)));
        return string.Join('&', fields.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}")) + $"&hash={hash}";
    }
}
