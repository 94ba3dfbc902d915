namespace CarPass.Bot.Routing;

/// <summary>
/// Telegram HTML: everything that came from a person or a text table is escaped before it is
/// shown. Telegram needs exactly &amp;, &lt; and &gt; escaped outside tags.
/// </summary>
public static class Html
{
    public static string Escape(string? text) =>
        (text ?? "")
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Bold(string escaped) => $"<b>{escaped}</b>";
}
