using System.Reflection;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Notifications;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;

namespace CarPass.Bot.Tests.Architecture;

/// <summary>
/// An <see cref="HtmlText"/> becomes a string again only where a message is handed to Telegram, and
/// becomes markup without escaping only in the HTML machinery: so no handler can escape a text twice
/// or pass a string off as markup.
/// </summary>
public sealed class HtmlTextTypeTests
{
    private static readonly HashSet<Type> Machinery =
    [
        typeof(HtmlText),
        typeof(Html),
        typeof(HtmlInterpolation),
        typeof(Speaker),
        typeof(TelegramLimits),
    ];

    private static readonly HashSet<Type> Senders =
    [
        typeof(ReplySender),
        typeof(NudgeSender),
        typeof(ReviewNoticeSender),
    ];

    [Fact]
    public void Markup_is_read_only_by_the_senders_and_made_only_by_the_html_machinery()
    {
        var markup = typeof(HtmlText).GetProperty(nameof(HtmlText.Markup))!.GetMethod!;
        var trusted = typeof(HtmlText).GetMethod("Trusted", BindingFlags.NonPublic | BindingFlags.Static)!;

        var offenders = typeof(HtmlText)
            .Assembly.GetTypes()
            .Where(t => !Machinery.Contains(Outermost(t)))
            .SelectMany(t => MethodCalls.InType(t).Select(x => (Type: t, x.Method, x.Call)))
            .Where(x => x.Call.Equals(trusted) || (x.Call.Equals(markup) && !Senders.Contains(Outermost(x.Type))))
            .Select(x => $"{x.Type.FullName}.{x.Method.Name} → {x.Call.Name}")
            .Distinct()
            .ToList();

        Assert.Empty(offenders);
        // The check reads what it should: the sender's own (async, so nested) code does read the markup.
        Assert.Contains(
            typeof(ReplySender)
                .GetNestedTypes(All)
                .Append(typeof(ReplySender))
                .SelectMany(t => t.GetMethods(All))
                .SelectMany(m => MethodCalls.Of(m)),
            c => c.Equals(markup)
        );
    }

    private const BindingFlags All =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static Type Outermost(Type t) => t.DeclaringType is { } outer ? Outermost(outer) : t;
}
