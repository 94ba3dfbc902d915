using CarPass.Data.Notifications;
using CarPass.Data.Tests.Notifications;
using CarPass.Data.Tests.Support;
using CarPass.Data.Tyres;
using CarPass.Domain.Notifications;
using CarPass.Domain.Tyres;

namespace CarPass.Data.Tests.Knowledge;

/// <summary>The seasonal tyre reminder through the real sweep, with a fixed clock.</summary>
public sealed class TyreSeasonReminderTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Summer_tyres_in_October_are_reminded_once_for_the_season()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        await FitAsync(owner.Id, car.Id, TyreSeason.Summer);

        await SweepTwiceAtAsync(new DateTime(2026, 9, 30, 10, 0, 0, DateTimeKind.Utc));
        var september = await RowsAsync();
        await SweepTwiceAtAsync(new DateTime(2026, 10, 1, 10, 0, 0, DateTimeKind.Utc));
        await SweepTwiceAtAsync(new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc));
        await SweepTwiceAtAsync(new DateTime(2027, 1, 20, 10, 0, 0, DateTimeKind.Utc));

        Assert.Empty(september);
        var row = Assert.Single(await RowsAsync());
        Assert.Equal(new DateTime(2026, 10, 1, 10, 0, 0, DateTimeKind.Utc), row.CreatedAt);
        Assert.Equal(TyreSeason.Winter, NudgePayload.Read(row.PayloadJson).Facts.TyreSeason);
    }

    [Fact]
    public async Task Winter_tyres_in_April_are_reminded_of_summer_ones()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        await FitAsync(owner.Id, car.Id, TyreSeason.Winter);

        await SweepTwiceAtAsync(new DateTime(2027, 3, 31, 10, 0, 0, DateTimeKind.Utc));
        var march = await RowsAsync();
        await SweepTwiceAtAsync(new DateTime(2027, 4, 1, 10, 0, 0, DateTimeKind.Utc));

        Assert.Empty(march);
        var row = Assert.Single(await RowsAsync());
        Assert.Equal(TyreSeason.Summer, NudgePayload.Read(row.PayloadJson).Facts.TyreSeason);
    }

    [Fact]
    public async Task A_car_already_on_the_seasons_tyres_or_all_season_ones_hears_nothing()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var (other, allSeason) = await Garage.OwnerWithCarAsync(_db, 1002);
        await FitAsync(owner.Id, car.Id, TyreSeason.Winter);
        await FitAsync(other.Id, allSeason.Id, TyreSeason.AllSeason);

        await SweepTwiceAtAsync(new DateTime(2026, 10, 15, 10, 0, 0, DateTimeKind.Utc));

        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task The_owners_first_frost_date_brings_the_winter_reminder_forward()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        await FitAsync(owner.Id, car.Id, TyreSeason.Summer);
        _db.Clock.SetUtcNow(new DateTime(2026, 9, 1, 10, 0, 0, DateTimeKind.Utc));
        (await _db.Get<TyreUseCases>().SetFirstFrostAsync(owner.Id, new DateTime(2026, 9, 20), default)).Ok();

        await SweepTwiceAtAsync(new DateTime(2026, 9, 19, 10, 0, 0, DateTimeKind.Utc));
        var before = await RowsAsync();
        await SweepTwiceAtAsync(new DateTime(2026, 9, 20, 10, 0, 0, DateTimeKind.Utc));
        await SweepTwiceAtAsync(new DateTime(2026, 10, 1, 10, 0, 0, DateTimeKind.Utc));

        Assert.Empty(before);
        var row = Assert.Single(await RowsAsync());
        Assert.Equal(new DateTime(2026, 9, 20, 10, 0, 0, DateTimeKind.Utc), row.CreatedAt);
    }

    [Fact]
    public async Task Fitting_winter_tyres_before_the_reminder_goes_out_drops_it()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        var summer = await FitAsync(owner.Id, car.Id, TyreSeason.Summer);
        var winter = (
            await _db.Get<TyreUseCases>()
                .AddAsync(owner.Id, car.Id, new TyreDraft(TyreSeason.Winter, "205/55 R16", true), default)
        ).Ok();
        await SweepTwiceAtAsync(new DateTime(2026, 10, 1, 10, 0, 0, DateTimeKind.Utc));
        var row = Assert.Single(await RowsAsync());
        var queued = new QueuedNudge(row.Id, row.UserId, row.VehicleId, row.Kind, NudgePayload.Read(row.PayloadJson));

        var relevantBefore = await _db.Get<NudgeRelevance>()
            .StillRelevantAsync([queued], _db.Clock.GetUtcNow().UtcDateTime, default);
        (await _db.Get<TyreUseCases>().MarkFittedAsync(owner.Id, winter.Id, null, 51_000, default)).Ok();
        var relevantAfter = await _db.Get<NudgeRelevance>()
            .StillRelevantAsync([queued], _db.Clock.GetUtcNow().UtcDateTime, default);

        Assert.Contains(row.Id, relevantBefore);
        Assert.Empty(relevantAfter);
        var sets = (await _db.Get<TyreReader>().OwnedAsync(owner.Id, car.Id, default))!.Sets;
        Assert.True(sets.Single(s => s.Id == winter.Id).IsFitted);
        Assert.Equal(new DateTime(2026, 10, 1), sets.Single(s => s.Id == summer.Id).RemovedOn);
    }

    private async Task<TyreSet> FitAsync(Guid userId, Guid carId, TyreSeason season) =>
        (
            await _db.Get<TyreUseCases>()
                .AddAsync(
                    userId,
                    carId,
                    new TyreDraft(season, "205/55 R16", false, TestDatabase.Start.Date, 50_000),
                    default
                )
        ).Ok();

    private async Task SweepTwiceAtAsync(DateTime utc)
    {
        _db.Clock.SetUtcNow(utc);
        await Nudges.SweepAsync(_db);
        await Nudges.SweepAsync(_db);
    }

    private async Task<List<OutboxMessage>> RowsAsync() =>
        [.. (await Nudges.OutboxAsync(_db)).Where(o => o.Kind == NotificationKind.TyreSeason)];
}
