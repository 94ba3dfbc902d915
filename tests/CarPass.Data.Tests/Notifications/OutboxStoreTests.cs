using CarPass.Data.Notifications;
using CarPass.Data.Reminders;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Maintenance;

namespace CarPass.Data.Tests.Notifications;

public sealed class OutboxStoreTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await Nudges.OverdueCarAsync(_db, 1001);
        await Nudges.SweepAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private OutboxStore Store => _db.Get<OutboxStore>();

    [Fact]
    public async Task A_claimed_row_belongs_to_one_sender()
    {
        var first = await Store.ClaimAsync("a", 10, default);
        var second = await Store.ClaimAsync("b", 10, default);

        var claimed = Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(1001, claimed.ChatId);
        Assert.Equal("Golf", claimed.VehicleName);
        Assert.True(claimed.StillRelevant);
    }

    [Fact]
    public async Task A_claim_left_by_a_sender_that_died_is_taken_again_after_the_timeout()
    {
        await Store.ClaimAsync("dead", 10, default);

        _db.Clock.Advance(TimeSpan.FromMinutes(9));
        var tooSoon = await Store.ClaimAsync("b", 10, default);
        _db.Clock.Advance(TimeSpan.FromMinutes(2));
        var later = await Store.ClaimAsync("b", 10, default);
        await Store.MarkSentAsync(later[0].Nudge.Id, "dead", default);

        Assert.Empty(tooSoon);
        Assert.Single(later);
        Assert.Equal(OutboxStatus.Claimed, (await Nudges.OutboxAsync(_db))[0].Status);
    }

    [Fact]
    public async Task A_row_that_keeps_failing_is_given_up_after_the_last_attempt()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var row = Assert.Single(await Store.ClaimAsync("a", 10, default));
            await Store.ReleaseAsync(row.Nudge.Id, "a", TestDatabase.Start, "boom", failed: true, default);
        }

        Assert.Empty(await Store.ClaimAsync("a", 10, default));
        var stored = (await Nudges.OutboxAsync(_db))[0];
        Assert.Equal(5, stored.Attempts);
        Assert.Equal(OutboxStatus.Failed, stored.Status);
    }

    [Fact]
    public async Task A_deferral_gives_its_attempt_back()
    {
        var row = Assert.Single(await Store.ClaimAsync("a", 10, default));

        await Store.ReleaseAsync(row.Nudge.Id, "a", TestDatabase.Start.AddHours(1), null, failed: false, default);

        var stored = (await Nudges.OutboxAsync(_db))[0];
        Assert.Equal(0, stored.Attempts);
        Assert.Equal(OutboxStatus.Pending, stored.Status);
        Assert.Empty(await Store.ClaimAsync("a", 10, default));
    }

    [Fact]
    public async Task A_nudge_about_a_service_logged_meanwhile_is_no_longer_relevant()
    {
        var outbox = await Nudges.OutboxAsync(_db);
        var car = outbox[0].VehicleId;
        var owner = outbox[0].UserId;
        (
            await _db.Get<ReminderUseCases>()
                .SetAsync(
                    owner,
                    car,
                    new ReminderDraft(ServiceKind.EngineOil, 10_000, null, LastDoneKm: 50_000),
                    default
                )
        ).Ok();

        var row = Assert.Single(await Store.ClaimAsync("a", 10, default));

        Assert.False(row.StillRelevant);
    }
}
