using System.Text;

namespace CarPass.Bot.Replies;

/// <summary>Telegram's hard limits, enforced in the one place where messages are built.</summary>
public static class TelegramLimits
{
    public const int MessageText = 4096;
    public const int Caption = 1024;
    public const int CallbackData = 64;
    public const int DeepLinkPayload = 64;

    /// <summary>Cuts a message that would be refused, keeping it readable.</summary>
    public static string FitText(string text, int limit = MessageText) =>
        text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit - 1), "…");

    public static string CheckCallbackData(string data) =>
        Encoding.UTF8.GetByteCount(data) <= CallbackData
            ? data
            : throw new ArgumentException($"Callback data over {CallbackData} bytes: {data}", nameof(data));
}
