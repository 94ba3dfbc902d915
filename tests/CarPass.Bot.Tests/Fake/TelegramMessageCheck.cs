using System.Text;
using System.Text.RegularExpressions;
using Telegram.Bot.Types.ReplyMarkups;

namespace CarPass.Bot.Tests.Fake;

/// <summary>
/// What Telegram would make of a message the bot sends: its HTML parsed the way Telegram parses it
/// (only its tags, balanced; only its entities), the text a person then sees, and the keyboard.
/// <see cref="Broken"/> is what Telegram refuses with 400; <see cref="Unreadable"/> is what it
/// accepts but shows wrong — entity text such as "&amp;amp;" a person would read as "&amp;", markup
/// in a button label, a label too long to read.
/// </summary>
public static partial class TelegramMessageCheck
{
    public const int MaxText = 4096;
    public const int MaxCallbackData = 64;

    /// <summary>The longest label the bot may show (it cuts longer ones with "…").</summary>
    public const int MaxLabel = 40;

    private static readonly HashSet<string> Tags =
    [
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "code",
        "pre",
        "a",
        "tg-spoiler",
        "blockquote",
    ];

    private static readonly string[] EntityText = ["&amp;", "&lt;", "&gt;", "&quot;", "&#"];

    /// <summary>Why Telegram would refuse the message (400 "can't parse entities"), or null.</summary>
    public static string? Broken(string html)
    {
        if (html.Length > MaxText)
            return $"text is {html.Length} characters, over {MaxText}";
        return Parse(html).Error;
    }

    /// <summary>What a person would see wrong in a message Telegram accepted.</summary>
    public static IEnumerable<string> Unreadable(string html, InlineKeyboardMarkup? keyboard)
    {
        var (visible, _) = Parse(html);
        foreach (var entity in EntityText.Where(e => visible!.Contains(e, StringComparison.Ordinal)))
            yield return $"the text shows '{entity}' (escaped twice?): {visible}";
        if (visible!.Contains("HtmlText", StringComparison.Ordinal))
            yield return $"the text shows a type's name instead of its markup: {visible}";
        if (Placeholder().IsMatch(visible))
            yield return $"the text shows an unfilled placeholder: {visible}";
        foreach (var button in keyboard?.InlineKeyboard.SelectMany(row => row) ?? [])
        {
            var label = button.Text;
            if (string.IsNullOrWhiteSpace(label))
                yield return "a button without a label";
            foreach (var entity in EntityText.Where(e => label.Contains(e, StringComparison.Ordinal)))
                yield return $"the label '{label}' shows '{entity}' (labels are plain text)";
            if (label.Contains("HtmlText", StringComparison.Ordinal))
                yield return $"the label '{label}' shows a type's name";
            if (label.Length > MaxLabel)
                yield return $"the label '{label}' is {label.Length} characters, over {MaxLabel}";
            if (button.CallbackData is { } data && Encoding.UTF8.GetByteCount(data) > MaxCallbackData)
                yield return $"the callback data '{data}' is over {MaxCallbackData} bytes";
        }
    }

    /// <summary>The text as Telegram shows it, or why it cannot be parsed.</summary>
    public static (string? Visible, string? Error) Parse(string html)
    {
        var visible = new StringBuilder();
        var open = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                    return (null, $"an unclosed '<' at {i}");
                var match = Tag().Match(html[i..(end + 1)]);
                if (!match.Success || !Tags.Contains(match.Groups["name"].Value.ToLowerInvariant()))
                    return (null, $"an unsupported tag '{html[i..(end + 1)]}'");
                var name = match.Groups["name"].Value.ToLowerInvariant();
                if (match.Groups["close"].Success)
                {
                    if (open.Count == 0 || open.Pop() != name)
                        return (null, $"'</{name}>' closes nothing open");
                }
                else
                    open.Push(name);
                i = end + 1;
            }
            else if (c == '&')
            {
                var entity = Entity().Match(html, i);
                if (!entity.Success || entity.Index != i)
                    return (null, $"a bare '&' at {i}");
                visible.Append(Decode(entity.Value));
                i += entity.Length;
            }
            else if (c == '>')
                return (null, $"a bare '>' at {i}");
            else
            {
                visible.Append(c);
                i++;
            }
        }
        return open.Count > 0 ? (null, $"'<{open.Peek()}>' is never closed") : (visible.ToString(), null);
    }

    private static string Decode(string entity) =>
        entity switch
        {
            "&amp;" => "&",
            "&lt;" => "<",
            "&gt;" => ">",
            "&quot;" => "\"",
            _ when entity.StartsWith("&#x", StringComparison.OrdinalIgnoreCase) => char.ConvertFromUtf32(
                Convert.ToInt32(entity[3..^1], 16)
            ),
            _ => char.ConvertFromUtf32(int.Parse(entity[2..^1])),
        };

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(\s+[a-z-]+=""[^""<>]*"")*\s*>$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"&(amp|lt|gt|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\{[0-9]+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
