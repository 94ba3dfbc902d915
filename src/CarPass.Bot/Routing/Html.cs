namespace CarPass.Bot.Routing;

/// <summary>
/// Telegram HTML (<see cref="HtmlText"/>): everything that came from a person or a text table is
/// escaped once, here, where it enters a message. Telegram needs exactly &amp;, &lt; and &gt;
/// escaped outside tags.
/// </summary>
public static class Html
{
    public static HtmlText Escape(string? text) =>
        HtmlText.Trusted(
            (text ?? "")
                .Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal)
        );

    /// <summary>Markup from <c>$"…"</c>: holes that are not <see cref="HtmlText"/> are escaped.</summary>
    public static HtmlText Of(HtmlInterpolation html) => html.ToHtml();

    public static HtmlText Bold(HtmlText text) => HtmlText.Trusted($"<b>{text.Markup}</b>");

    public static HtmlText Join(string separator, IEnumerable<HtmlText> parts) =>
        HtmlText.Trusted(string.Join(Escape(separator).Markup, parts.Select(p => p.Markup)));

    public static HtmlText Lines(IEnumerable<HtmlText> lines) => Join("\n", lines);
}
