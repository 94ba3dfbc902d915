namespace CarPass.Bot.Routing;

/// <summary>
/// Telegram HTML that is safe to send as it is: every character a person or the text catalogue
/// wrote has been escaped exactly once. Only <see cref="Html"/>, <see cref="HtmlInterpolation"/>
/// and the <see cref="Flows.Notices.Speaker"/> make one, so a value is escaped where it enters HTML
/// and an already escaped text cannot be escaped again: there is no way back to a plain string
/// but <see cref="Markup"/>, read where a message is handed to Telegram.
/// </summary>
/// <remarks>
/// <see cref="object.ToString"/> is the record's own ("HtmlText { Markup = … }"), so a text dropped
/// into a plain string by mistake shows up in the chat's checks instead of passing as markup.
/// </remarks>
public readonly record struct HtmlText
{
    private readonly string? _markup;

    private HtmlText(string markup) => _markup = markup;

    public static HtmlText Empty => default;

    /// <summary>The markup, for Telegram's HTML parse mode.</summary>
    public string Markup => _markup ?? "";

    public bool IsEmpty => Markup.Length == 0;

    public static HtmlText operator +(HtmlText first, HtmlText second) => new(first.Markup + second.Markup);

    /// <summary>Markup known to be safe: escaped text, the bot's own tags, or a cut of such markup.</summary>
    internal static HtmlText Trusted(string markup) => new(markup);
}
