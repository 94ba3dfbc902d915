using CarPass.Data.Achievements;
using CarPass.Data.Fuel;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Achievements;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Achievements;

/// <summary>
/// The badge catalogue is read at most once a minute, not in every write: an operator's
/// deactivation of an entry is obeyed by the writes after that minute.
/// </summary>
public sealed class ActiveBadgesTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_deactivated_badge_is_still_awarded_within_the_minute_and_no_longer_after_it()
    {
        var (first, firstCar) = await Garage.OwnerWithCarAsync(_db, 1001);
        var (second, secondCar) = await Garage.OwnerWithCarAsync(_db, 1002);
        var (third, thirdCar) = await Garage.OwnerWithCarAsync(_db, 1003);

        await _db.WriteElsewhereAsync(
            $"UPDATE achievements SET is_active = 0 WHERE code = '{AchievementCodes.FuelLogStarted}'"
        );
        await FillUpAsync(first.Id, firstCar.Id);
        _db.Clock.Advance(ActiveBadges.MaxAge - TimeSpan.FromSeconds(1));
        await FillUpAsync(second.Id, secondCar.Id);
        _db.Clock.Advance(TimeSpan.FromSeconds(2));
        await FillUpAsync(third.Id, thirdCar.Id);

        Assert.True(await HoldsFuelBadgeAsync(firstCar.Id));
        Assert.True(await HoldsFuelBadgeAsync(secondCar.Id));
        Assert.False(await HoldsFuelBadgeAsync(thirdCar.Id));
    }

    [Fact]
    public async Task An_empty_catalogue_is_not_kept()
    {
        var badges = _db.Get<ActiveBadges>();
        await _db.WriteElsewhereAsync("UPDATE achievements SET is_active = 0");
        await using (var db = _db.NewContext())
            Assert.Empty(await badges.ListAsync(db, default));

        await _db.WriteElsewhereAsync("UPDATE achievements SET is_active = 1");

        await using (var db = _db.NewContext())
            Assert.Equal(AchievementCatalogue.Default.Count, (await badges.ListAsync(db, default)).Count);
    }

    private async Task FillUpAsync(Guid owner, Guid car) =>
        (await _db.Get<FuelUseCases>().LogAsync(owner, car, new FuelDraft(40, IsFullTank: true), default)).Ok();

    private Task<bool> HoldsFuelBadgeAsync(Guid car) =>
        _db.ScalarAsync(db =>
            db.UserAchievements.AnyAsync(u =>
                u.VehicleId == car
                && db.Achievements.Any(a => a.Id == u.AchievementId && a.Code == AchievementCodes.FuelLogStarted)
            )
        );
}
