using CarPass.Domain.Notifications;
using CarPass.Domain.Tyres;

namespace CarPass.Domain.Tests.Knowledge;

public sealed class TyreNudgesTests
{
    private static readonly Guid Car = Guid.NewGuid();

    [Theory]
    [InlineData("2026-09-30", null)]
    [InlineData("2026-10-01", "tyres:winter:2026")]
    [InlineData("2027-02-28", "tyres:winter:2026")]
    [InlineData("2027-03-15", null)]
    public void Summer_tyres_are_nudged_toward_winter_ones_from_october_to_february(string day, string? item) =>
        Assert.Equal(item, TyreNudges.For(Car, TyreSeason.Summer, null, DateTime.Parse(day))?.Items.Single());

    [Theory]
    [InlineData("2027-03-31", null)]
    [InlineData("2027-04-01", "tyres:summer:2027")]
    [InlineData("2027-09-30", "tyres:summer:2027")]
    public void Winter_tyres_are_nudged_toward_summer_ones_from_april_to_september(string day, string? item) =>
        Assert.Equal(item, TyreNudges.For(Car, TyreSeason.Winter, null, DateTime.Parse(day))?.Items.Single());

    [Theory]
    [InlineData(TyreSeason.Winter)]
    [InlineData(TyreSeason.AllSeason)]
    [InlineData(null)]
    public void A_car_on_winter_all_season_or_unknown_tyres_is_not_nudged_in_november(TyreSeason? fitted) =>
        Assert.Null(TyreNudges.For(Car, fitted, null, new DateTime(2026, 11, 10)));

    [Fact]
    public void The_first_frost_of_this_autumn_brings_winter_forward_but_last_years_does_not()
    {
        var frost = new DateTime(2026, 9, 15);

        var before = TyreNudges.For(Car, TyreSeason.Summer, frost, new DateTime(2026, 9, 14));
        var on = TyreNudges.For(Car, TyreSeason.Summer, frost, new DateTime(2026, 9, 15));
        var nextYear = TyreNudges.For(Car, TyreSeason.Summer, frost, new DateTime(2027, 9, 20));

        Assert.Null(before);
        Assert.Equal(NotificationKind.TyreSeason, on?.Kind);
        Assert.Equal(TyreSeason.Winter, on?.Facts.TyreSeason);
        Assert.Null(nextYear);
    }
}
