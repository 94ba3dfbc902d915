using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using CarPass.Bot.Flows.Specs;
using CarPass.Bot.Input;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Domain.Texts;

namespace CarPass.Bot.Tests.Flows;

public sealed class InputAndLimitTests
{
    [Theory]
    [InlineData("42", 42.0)]
    [InlineData("42,5", 42.5)]
    [InlineData("42.5", 42.5)]
    [InlineData("84 500", 84500.0)]
    [InlineData("84\u00a0500", 84500.0)]
    [InlineData("1 234,56", 1234.56)]
    [InlineData("-3", -3.0)]
    public void Numbers_are_read_as_people_type_them(string typed, double expected) =>
        Assert.Equal(new NumberReading.Number(expected), NumberInput.Read(typed));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("12км")]
    [InlineData("NaN")]
    [InlineData("1e400")]
    [InlineData("٣")]
    public void Things_that_are_not_numbers_are_refused(string typed) =>
        Assert.IsType<NumberReading.NotANumber>(NumberInput.Read(typed));

    [Theory]
    [InlineData("23.11.2026", 2026, 11, 23)]
    [InlineData("1.3.26", 2026, 3, 1)]
    [InlineData("2026-02-28", 2026, 2, 28)]
    [InlineData("05.07", 2026, 7, 5)]
    public void Dates_are_read_in_the_usual_forms(string typed, int y, int m, int d) =>
        Assert.Equal(
            new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Utc),
            DateInput.Parse(typed, new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc))
        );

    [Theory]
    [InlineData("31.02.2026")]
    [InlineData("yesterday")]
    public void Impossible_dates_are_refused(string typed) => Assert.Null(DateInput.Parse(typed, DateTime.UtcNow));

    [Fact]
    public void Button_payloads_over_64_bytes_are_refused_where_they_are_built()
    {
        var longest = CallbackData.Build(CallbackData.NextAction, "engine_oil_volume", CallbackData.Id(Guid.NewGuid()));

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(longest) <= TelegramLimits.CallbackData);
        Assert.Throws<ArgumentException>(() => CallbackData.Build(CallbackData.Wizard, new string('ж', 32)));
    }

    [Fact]
    public void Messages_over_4096_characters_are_cut_to_fit()
    {
        var queue = new ReplyQueue();

        queue.Send(1, Html.Escape(new string('a', 5000)));

        Assert.Equal(TelegramLimits.MessageText, queue.Messages[0].Html.Markup.Length);
        Assert.EndsWith("…", queue.Messages[0].Html.Markup);
    }

    [Fact]
    public void Everything_a_person_typed_is_escaped_for_telegram_html() =>
        Assert.Equal(
            "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; \"quoted\"",
            Html.Escape("<b>Tom & Jerry</b> \"quoted\"").Markup
        );

    [Fact]
    public void Every_bot_text_the_code_names_exists_in_russian_and_english()
    {
        var keys = LiteralsOf(typeof(CallbackData).Assembly)
            .Where(s => s.StartsWith("bot.") && !s.EndsWith('.'))
            .ToHashSet();
        keys.UnionWith(VehicleFieldInput.Fields.SelectMany(f => new[] { $"bot.spec.field.{f}", $"bot.spec.hint.{f}" }));

        Assert.True(keys.Count > 80, $"only {keys.Count} keys found");
        var missing = keys.Where(k => !TextCatalog.Has(Language.En, k) || !TextCatalog.Has(Language.Ru, k)).ToList();
        Assert.True(missing.Count == 0, "missing texts: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> LiteralsOf(System.Reflection.Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var reader = pe.GetMetadataReader();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = reader.GetNextHandle(handle))
            yield return reader.GetUserString(handle);
    }
}
