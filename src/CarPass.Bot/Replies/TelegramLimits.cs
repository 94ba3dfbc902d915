using System.Text;

namespace CarPass.Bot.Replies;

/// <summary>Telegram's hard limits, enforced in the one place where messages are built.</summary>
public static class TelegramLimits
{
    public const int MessageText = 4096;
    public const int Caption = 1024;
    public const int CallbackData = 64;
    public const int DeepLinkPayload = 64;

    /// <summary>Cuts an HTML message that would be refused, keeping it readable and well-formed.</summary>
    public static string FitText(string html, int limit = MessageText) =>
        html.Length <= limit ? html : HtmlCut.Cut(html, limit);

    /// <summary>Cuts plain text (no markup), keeping emoji whole.</summary>
    public static string FitPlain(string text, int limit) =>
        text.Length <= limit ? text : HtmlCut.CutPlain(text, limit);

    public static string CheckCallbackData(string data) =>
        Encoding.UTF8.GetByteCount(data) <= CallbackData
            ? data
            : throw new ArgumentException($"Callback data over {CallbackData} bytes: {data}", nameof(data));
}
