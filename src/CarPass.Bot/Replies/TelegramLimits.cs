using System.Text;
using CarPass.Bot.Routing;

namespace CarPass.Bot.Replies;

/// <summary>Telegram's hard limits, enforced in the one place where messages are built.</summary>
public static class TelegramLimits
{
    public const int MessageText = 4096;
    public const int Caption = 1024;
    public const int CallbackData = 64;
    public const int DeepLinkPayload = 64;

    /// <summary>Not Telegram's limit but a reader's: a longer label is cut with "…" (a car's name, a centre's).</summary>
    public const int ButtonLabel = 40;

    /// <summary>Cuts an HTML message that would be refused, keeping it readable and well-formed.</summary>
    public static HtmlText FitText(HtmlText html, int limit = MessageText) =>
        html.Markup.Length <= limit ? html : HtmlText.Trusted(HtmlCut.Cut(html.Markup, limit));

    /// <summary>Cuts plain text (no markup), keeping emoji whole.</summary>
    public static string FitPlain(string text, int limit) =>
        text.Length <= limit ? text : HtmlCut.CutPlain(text, limit);

    public static string CheckCallbackData(string data) =>
        Encoding.UTF8.GetByteCount(data) <= CallbackData
            ? data
            : throw new ArgumentException($"Callback data over {CallbackData} bytes: {data}", nameof(data));
}
