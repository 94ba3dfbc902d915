using CarPass.Data.Notifications;
using CarPass.Host.Jobs;

namespace CarPass.Bot.Tests.Notifications;

public sealed class LongRetryAfterTests : IAsyncLifetime
{
    private const long Owner = 811;
    private NudgeWorld _world = null!;

    public async Task InitializeAsync() =>
        _world = await NudgeWorld.StartAsync(
            new Dictionary<string, string> { ["Notifications:MaxInlineWaitSeconds"] = "1" }
        );

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_429_longer_than_the_inline_wait_requeues_the_nudge_instead_of_holding_the_sender()
    {
        await _world.OwnerWithOverdueCarsAsync(Owner);
        _world.Api.FailNextSendWith429(Owner, retryAfterSeconds: 2);

        await _world.SweepAndSendAsync();
        var row = Assert.Single(await _world.OutboxAsync());
        _world.Clock.Advance(TimeSpan.FromSeconds(2));
        await _world.RunJobAsync(JobIds.NotificationSender);

        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(0, row.Attempts);
        Assert.Equal(NudgeWorld.Monday10Utc.UtcDateTime.AddSeconds(2), row.NotBefore);
        var attempts = _world.Api.SendTimes(Owner);
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromSeconds(2), $"retried after {attempts[1] - attempts[0]}");
        Assert.Single(_world.SentTo(Owner));
    }
}
