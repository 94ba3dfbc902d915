using System.Text.RegularExpressions;

namespace CarPass.Bot.Replies;

/// <summary>
/// Shortens Telegram HTML without breaking it (a broken entity or an unclosed tag makes Telegram
/// refuse the whole message with 400): never inside a tag, an entity or a surrogate pair, and the
/// tags left open are closed after the ellipsis.
/// </summary>
internal static partial class HtmlCut
{
    private const string Ellipsis = "…";

    /// <summary>Longer than any entity Telegram knows (<c>&amp;#x1F600;</c> is 9 characters).</summary>
    private const int LongestEntity = 10;

    public static string Cut(string html, int limit)
    {
        var end = limit - Ellipsis.Length;
        while (true)
        {
            end = SafeEnd(html, end);
            var closing = ClosingTags(html[..end]);
            var over = end + Ellipsis.Length + closing.Length - limit;
            if (over <= 0)
                return string.Concat(html.AsSpan(0, end), Ellipsis, closing);
            end -= over;
        }
    }

    /// <summary>Plain text (a tap's notice): only a surrogate pair must stay whole.</summary>
    public static string CutPlain(string text, int limit) =>
        string.Concat(text.AsSpan(0, WholeCharacters(text, limit - Ellipsis.Length)), Ellipsis);

    private static int SafeEnd(string html, int end)
    {
        end = WholeCharacters(html, end);
        var tag = end == 0 ? -1 : html.LastIndexOf('<', end - 1);
        if (tag >= 0 && html.IndexOf('>', tag, end - tag) < 0)
            end = tag;
        var entity = end == 0 ? -1 : html.LastIndexOf('&', end - 1);
        if (entity >= 0 && end - entity <= LongestEntity && html.IndexOf(';', entity, end - entity) < 0)
            end = entity;
        return end;
    }

    private static int WholeCharacters(string text, int end) =>
        end > 0 && char.IsHighSurrogate(text[end - 1]) ? end - 1 : Math.Max(end, 0);

    private static string ClosingTags(string kept)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(kept))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                if (open.Count > 0 && open.Peek() == name)
                    open.Pop();
            }
            else
                open.Push(name);
        }
        return string.Concat(open.Select(name => $"</{name}>"));
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)[^>]*>")]
    private static partial Regex Tag();
}
