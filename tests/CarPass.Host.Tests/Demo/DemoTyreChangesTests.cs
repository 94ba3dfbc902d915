using CarPass.Domain.Tyres;
using CarPass.Host.Demo;

namespace CarPass.Host.Tests.Demo;

/// <summary>Whatever day the demo is seeded, the set on the Camry is the one the season calls for.</summary>
public sealed class DemoTyreChangesTests
{
    [Theory]
    [InlineData("2026-06-15", "Summer", "2026-04-15", "2025-10-12")]
    [InlineData("2026-10-05", "Winter", "2026-10-05", "2026-04-15")]
    [InlineData("2026-11-20", "Winter", "2026-10-12", "2026-04-15")]
    [InlineData("2027-02-10", "Winter", "2026-10-12", "2026-04-15")]
    [InlineData("2027-03-10", "Winter", "2026-10-12", "2026-04-15")]
    [InlineData("2027-04-03", "Summer", "2027-04-03", "2026-10-12")]
    [InlineData("2027-09-30", "Summer", "2027-04-15", "2026-10-12")]
    public void The_fitted_set_matches_the_season_and_went_on_at_its_switch(
        string today,
        string fitted,
        string fittedOn,
        string previousOn
    )
    {
        var (current, previous) = DemoKnowledgeSeeder.TyreChanges(DateTime.Parse(today));

        Assert.Equal(Enum.Parse<TyreSeason>(fitted), current.Season);
        Assert.Equal(DateTime.Parse(fittedOn), current.Day);
        Assert.NotEqual(current.Season, previous.Season);
        Assert.Equal(DateTime.Parse(previousOn), previous.Day);
    }

    [Fact]
    public void On_every_day_of_a_year_the_fitted_set_is_the_one_due_and_went_on_no_later_than_that_day()
    {
        for (var day = new DateTime(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            var (current, previous) = DemoKnowledgeSeeder.TyreChanges(day);

            Assert.Equal(TyreNudges.Due(day, null)?.Season ?? TyreSeason.Winter, current.Season);
            Assert.InRange(current.Day, day.AddDays(-200), day);
            Assert.InRange(previous.Day, current.Day.AddDays(-200), current.Day.AddDays(-150));
            Assert.Null(TyreNudges.For(Guid.Empty, current.Season, null, day));
        }
    }
}
