using CarPass.Bot.Flows;
using CarPass.Bot.Flows.Notices;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Bot.Tests.Fake;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Tests.Texts;

/// <summary>Escaping exactly once is a matter of types: plain strings are escaped where they enter HTML, markup is not.</summary>
public sealed class HtmlTextTests
{
    private static readonly Speaker English = new(Language.En, TimeZoneInfo.Utc);

    [Fact]
    public void A_name_is_escaped_once_whether_it_comes_as_plain_text_or_as_markup()
    {
        var plain = English.T("bot.visit.owner_ask", "Tom & Jerry <3").Markup;
        var markup = English.T("bot.visit.owner_ask", Html.Escape("Tom & Jerry <3")).Markup;

        Assert.Contains("Tom &amp; Jerry &lt;3", plain);
        Assert.DoesNotContain("&amp;amp;", plain);
        Assert.Equal(plain, markup);
    }

    [Fact]
    public void An_interpolation_keeps_the_bots_own_tags_and_escapes_every_value()
    {
        var name = "Mike's <b>Garage</b> & Sons";

        var html = Html.Of($"{Html.Bold(Html.Escape(name))} · {name} · {Html.Bold(English.T("bot.center.team"))}");

        Assert.Equal(
            "<b>Mike's &lt;b&gt;Garage&lt;/b&gt; &amp; Sons</b> · Mike's &lt;b&gt;Garage&lt;/b&gt; &amp; Sons · <b>👥 Team</b>",
            html.Markup
        );
        Assert.Null(TelegramMessageCheck.Broken(html.Markup));
    }

    [Fact]
    public void A_plain_text_refuses_markup_as_an_argument() =>
        Assert.Throws<ArgumentException>(() => English.Raw("bot.visit.owner_ask", Html.Escape("x")));

    [Fact]
    public void Button_labels_stay_as_typed_and_are_cut_to_a_readable_length()
    {
        var shortLabel = Keyboards.Button("Tom & Jerry <3", CallbackData.Garage);
        var longLabel = Keyboards.Button("Ласточка 🚗 & Co " + new string('x', 60), CallbackData.Garage);

        Assert.Equal("Tom & Jerry <3", shortLabel.Text);
        Assert.Equal(TelegramLimits.ButtonLabel, longLabel.Text.Length);
        Assert.EndsWith("…", longLabel.Text);
    }

    [Theory]
    [InlineData("<b>open", "never closed")]
    [InlineData("Tom & Jerry", "bare '&'")]
    [InlineData("a <script>x</script>", "unsupported tag")]
    [InlineData("<b><i>x</b></i>", "closes nothing")]
    [InlineData("3 > 2", "bare '>'")]
    public void The_checker_refuses_what_telegram_refuses(string html, string why) =>
        Assert.Contains(why, TelegramMessageCheck.Broken(html));

    [Fact]
    public void The_checker_sees_text_escaped_twice_and_entities_in_labels()
    {
        var keyboard = new Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup(
            Keyboards.Button("Tom &amp; Jerry", CallbackData.Garage)
        );

        var problems = TelegramMessageCheck.Unreadable("Tom &amp;amp; Jerry", keyboard).ToList();

        Assert.Equal(2, problems.Count);
        Assert.Empty(TelegramMessageCheck.Unreadable("<b>Tom &amp; Jerry &lt;3</b> &#128663;", null));
    }
}
