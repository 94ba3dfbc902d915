using System.Globalization;
using System.Runtime.CompilerServices;

namespace CarPass.Bot.Routing;

/// <summary>
/// <c>$"…"</c> written where Telegram HTML is expected: the literal parts are the bot's own markup,
/// an <see cref="HtmlText"/> hole goes in as it is, and any other hole (a name, a number) is escaped.
/// </summary>
[InterpolatedStringHandler]
public ref struct HtmlInterpolation
{
    private DefaultInterpolatedStringHandler _markup;

    public HtmlInterpolation(int literalLength, int formattedCount) =>
        _markup = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);

    public void AppendLiteral(string markup) => _markup.AppendLiteral(markup);

    public void AppendFormatted(HtmlText html) => _markup.AppendLiteral(html.Markup);

    public void AppendFormatted(string? text) => _markup.AppendLiteral(Html.Escape(text).Markup);

    public void AppendFormatted<T>(T value) => AppendFormatted(Convert.ToString(value, CultureInfo.InvariantCulture));

    public void AppendFormatted<T>(T value, string? format)
        where T : IFormattable => AppendFormatted(value.ToString(format, CultureInfo.InvariantCulture));

    public HtmlText ToHtml() => HtmlText.Trusted(_markup.ToStringAndClear());
}
