using CarPass.Bot.Tests.Support;
using CarPass.Domain.Tyres;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Flows;

/// <summary>/tyres through the real bot client and the fake Bot API.</summary>
public sealed class TyresFlowTests : IAsyncLifetime
{
    private const long Owner = 651;
    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await BotWorld.StartAsync();
        await _world.AddCarAsync(Owner, "Golf", 50_000);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_fitted_winter_set_and_a_stored_summer_set_are_listed_and_fitting_the_summer_set_swaps_them()
    {
        var season = await _world.TapAsync(Owner, await _world.SayAsync(Owner, "/tyres"), "Add a set");
        await _world.TapAsync(Owner, season, "Winter");
        var studded = await _world.SayAsync(Owner, "205/55r16");
        var fitted = await _world.TapAsync(Owner, studded, "Yes");
        var km = await _world.TapAsync(Owner, fitted, "Today");
        var list = await _world.SayAsync(Owner, "50000");
        Assert.Contains("Winter 205/55 R16, studded — on the car since", list.Text);
        Assert.Contains("50\u00A0000 km", list.Text);

        season = await _world.TapAsync(Owner, list, "Add a set");
        await _world.TapAsync(Owner, season, "Summer");
        fitted = await _world.SayAsync(Owner, "195/65 R15");
        list = await _world.TapAsync(Owner, fitted, "Skip");
        Assert.Contains("Summer 195/65 R15 — in storage", list.Text);

        var swapped = await _world.TapAsync(Owner, list, "Fitted today: Summer");

        Assert.Contains("On the car from today: Summer 195/65 R15", swapped.Text);
        var sets = await _world.DbAsync(db => db.TyreSets.AsNoTracking().ToListAsync());
        Assert.NotNull(sets.Single(s => s.Season == TyreSeason.Winter).RemovedOn);
        Assert.Null(sets.Single(s => s.Season == TyreSeason.Summer).RemovedOn);
    }

    [Theory]
    [InlineData("205/55")]
    [InlineData("R16")]
    [InlineData("999/99 R99")]
    public async Task A_size_that_is_not_a_sidewall_size_is_asked_again_and_nothing_is_saved(string typed)
    {
        var season = await _world.TapAsync(Owner, await _world.SayAsync(Owner, "/tyres"), "Add a set");
        await _world.TapAsync(Owner, season, "Summer");

        var answer = await _world.SayAsync(Owner, typed);

        Assert.Contains("as on the sidewall, e.g. 205/55 R16", answer.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.TyreSets.CountAsync()));
    }

    [Fact]
    public async Task A_first_frost_date_outside_autumn_is_refused_and_one_in_autumn_is_kept()
    {
        var list = await _world.SayAsync(Owner, "/tyres");
        await _world.TapAsync(Owner, list, "First frost date");

        var refused = await _world.SayAsync(Owner, "01.05");
        var saved = await _world.SayAsync(Owner, "20.09");

        Assert.Contains("between August and December", refused.Text);
        Assert.Contains("winter tyres are due from 20 Sep", saved.Text);
        Assert.Equal(9, await _world.DbAsync(db => db.FirstFrosts.Select(f => f.Day.Month).SingleAsync()));
    }
}
