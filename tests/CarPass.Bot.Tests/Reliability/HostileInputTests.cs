using CarPass.Bot.Tests.Support;
using CarPass.Domain.Texts;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Reliability;

/// <summary>
/// Hostile and odd text at every kind of step: each gets a clear answer (never the "something went
/// wrong" reply of an unhandled error), free text is stored verbatim, and shown escaped.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private const long Owner = 1201;
    private static readonly string Failed = TextCatalog.Get(Language.En, "bot.failed");
    private BotWorld _world = null!;

    public static TheoryData<string> FreeText =>
        [
            "'; DROP TABLE vehicles; --",
            "<script>alert(1)</script>",
            "<b>bold</b> & <i>it</i>",
            "*bold* _italic_ `code` [link](http://x)",
            "שלום עולם",
            "\u202Eevil\u202C car",
            "zero\u200Bwidth\u200Djoin",
            "🚗🔧💨👨‍👩‍👧",
            "Ё-моё «Ласточка»",
            "  padded  ",
            "a\nb\r\nc",
        ];

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Theory]
    [MemberData(nameof(FreeText))]
    public async Task Free_text_is_stored_verbatim_and_shown_escaped(string hostile)
    {
        await _world.SayAsync(Owner, "/add");
        var next = await _world.SayAsync(Owner, hostile);
        for (var step = 0; step < 7; step++)
            next = await _world.TapAsync(Owner, next, "Skip");

        Assert.DoesNotContain(Failed, next.Text);
        var stored = await _world.DbAsync(db => db.Vehicles.Select(v => v.Name).SingleAsync());
        Assert.Equal(hostile.Trim(), stored);
        Assert.DoesNotContain("<script>", next.Text);
        Assert.DoesNotContain("<b>bold</b>", next.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("1e9")]
    [InlineData("99999999999999999999")]
    [InlineData("12,5")]
    [InlineData("1 2 3 4 5 6 7")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0x1F")]
    [InlineData("٣٤")]
    [InlineData("50000; DROP TABLE odometer_readings")]
    public async Task Odd_numbers_get_a_clear_answer_and_change_nothing(string typed)
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        await _world.SayAsync(Owner, "/mileage");

        var answer = await _world.SayAsync(Owner, typed.Length == 0 ? " " : typed);

        Assert.DoesNotContain(Failed, answer.Text);
        Assert.Equal(1, await _world.DbAsync(db => db.OdometerReadings.CountAsync()));
    }

    [Fact]
    public async Task A_4096_character_note_is_refused_clearly_and_a_1000_character_one_is_kept()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        var kind = await _world.SayAsync(Owner, "/service");
        var date = await _world.TapAsync(Owner, kind, "Other");
        var km = await _world.TapAsync(Owner, date, "Today");
        await _world.TapAsync(Owner, km, "Skip");

        var refused = await _world.SayAsync(Owner, new string('x', 4096));
        var saved = await _world.SayAsync(Owner, new string('y', 1000));

        Assert.Contains("at most 1000 characters", refused.Text);
        Assert.Contains("Service saved", saved.Text);
        Assert.Equal(1000, await _world.DbAsync(db => db.ServiceEntries.Select(s => s.Note!.Length).SingleAsync()));
    }
}
