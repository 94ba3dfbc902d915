using System.Text.RegularExpressions;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;

namespace CarPass.Bot.Tests.Delivery;

/// <summary>Telegram refuses a whole message (400) whose HTML is broken, so cutting must never break it.</summary>
public sealed partial class FitTextTests
{
    [Fact]
    public void A_cut_never_splits_an_entity_and_closes_the_tags_it_leaves_open()
    {
        for (var shift = 0; shift < 12; shift++)
        {
            var text =
                "<b>Tom " + new string('x', TelegramLimits.MessageText - 12 + shift) + " &amp; Jerry</b> and more";

            var cut = TelegramLimits.FitText(HtmlText.Trusted(text)).Markup;

            Assert.True(cut.Length <= TelegramLimits.MessageText, $"{cut.Length} characters at shift {shift}");
            Assert.EndsWith("</b>", cut);
            AssertWellFormed(cut);
        }
    }

    [Fact]
    public void A_cut_never_splits_a_tag_or_an_emoji()
    {
        for (var shift = 0; shift < 24; shift++)
        {
            var text =
                new string('y', TelegramLimits.MessageText - 16 + shift)
                + "🚗<a href=\"https://t.me/x\">link</a><i>italic</i>";

            var cut = TelegramLimits.FitText(HtmlText.Trusted(text)).Markup;

            Assert.True(cut.Length <= TelegramLimits.MessageText, $"{cut.Length} characters at shift {shift}");
            Assert.False(char.IsHighSurrogate(cut[cut.IndexOf('…') - 1]), $"emoji split at shift {shift}");
            AssertWellFormed(cut);
        }
    }

    [Fact]
    public void Text_that_fits_is_left_exactly_as_it_is()
    {
        var text = "<b>Tom &amp; Jerry</b>" + new string('z', TelegramLimits.MessageText - 22);

        Assert.Same(text, TelegramLimits.FitText(HtmlText.Trusted(text)).Markup);
    }

    /// <summary>Every entity complete, every tag closed in order: what Telegram's HTML parser demands.</summary>
    private static void AssertWellFormed(string html)
    {
        for (var at = html.IndexOf('&'); at >= 0; at = html.IndexOf('&', at + 1))
            Assert.Matches(@"^&(amp|lt|gt|quot|#\d+);", html[at..]);
        var open = new Stack<string>();
        foreach (Match tag in Tags().Matches(html))
        {
            if (tag.Groups[1].Value == "/")
                Assert.Equal(open.Pop(), tag.Groups[2].Value);
            else
                open.Push(tag.Groups[2].Value);
        }
        Assert.Empty(open);
        Assert.DoesNotMatch("<[^>]*$", html);
    }

    [GeneratedRegex(@"<(/?)([a-z]+)[^>]*>")]
    private static partial Regex Tags();
}
