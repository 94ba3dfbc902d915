using CarPass.Bot.Routing;
using CarPass.Data.Notifications;
using CarPass.Data.Users;
using CarPass.Domain.Notifications;
using CarPass.Host.Jobs;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Notifications;

public sealed class NudgeDeliveryTests : IAsyncLifetime
{
    private const long Owner = 801;
    private NudgeWorld _world = null!;

    public async Task InitializeAsync() => _world = await NudgeWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_due_reminder_brings_exactly_one_nudge_that_says_what_to_do_with_the_button_to_do_it()
    {
        var (_, cars) = await _world.OwnerWithOverdueCarsAsync(Owner);

        await _world.SweepAndSendAsync();
        await _world.SweepAndSendAsync();

        var nudge = Assert.Single(_world.SentTo(Owner));
        Assert.Contains("service overdue", nudge.Text);
        Assert.Contains("Engine oil", nudge.Text);
        Assert.Contains("Log it here", nudge.Text);
        Assert.Equal($"f:svc:{CallbackData.Id(cars[0])}", nudge.Button("Log service"));
        Assert.Equal($"p:{CallbackData.Id(cars[0])}", nudge.Button("Open passport"));
        var row = Assert.Single(await _world.OutboxAsync());
        Assert.Equal(OutboxStatus.Sent, row.Status);
    }

    [Fact]
    public async Task An_owner_reads_the_nudge_in_their_language()
    {
        await _world.OwnerWithOverdueCarsAsync(Owner, language: "ru");

        await _world.SweepAndSendAsync();

        var nudge = Assert.Single(_world.SentTo(Owner));
        Assert.Contains("обслуживание просрочено", nudge.Text);
        Assert.Contains("Записать обслуживание", nudge.Buttons.First().Text);
    }

    [Fact]
    public async Task A_sender_retried_after_a_crash_still_sends_once()
    {
        await _world.OwnerWithOverdueCarsAsync(Owner);
        await _world.RunJobAsync(JobIds.MaintenanceSweep);
        await _world.Service<OutboxStore>().ClaimAsync("a sender that died", 10, default);

        await _world.RunJobAsync(JobIds.NotificationSender);
        var whileClaimed = _world.SentTo(Owner).Count;
        _world.Clock.Advance(TimeSpan.FromMinutes(11));
        await _world.RunJobAsync(JobIds.NotificationSender);
        await _world.RunJobAsync(JobIds.NotificationSender);

        Assert.Equal(0, whileClaimed);
        Assert.Single(_world.SentTo(Owner));
    }

    [Fact]
    public async Task A_429_is_waited_out_in_that_chat_while_other_chats_go_on()
    {
        const long other = 802;
        await _world.OwnerWithOverdueCarsAsync(Owner);
        await _world.OwnerWithOverdueCarsAsync(other);
        _world.Api.FailNextSendWith429(Owner, retryAfterSeconds: 2);

        await _world.SweepAndSendAsync();

        var attempts = _world.Api.SendTimes(Owner);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromSeconds(2), $"retried after {attempts[1] - attempts[0]}");
        Assert.True(_world.Api.SendTimes(other).Single() < attempts[1]);
        Assert.Single(_world.SentTo(Owner));
        Assert.Single(_world.SentTo(other));
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_gets_no_more_sends_and_is_marked()
    {
        var (owner, _) = await _world.OwnerWithOverdueCarsAsync(Owner, cars: 2);
        _world.Api.BlockBotIn(Owner);

        await _world.SweepAndSendAsync();
        _world.Clock.Advance(TimeSpan.FromDays(4));
        await _world.SweepAndSendAsync();

        Assert.Single(_world.Api.SendTimes(Owner));
        Assert.Empty(_world.SentTo(Owner));
        var user = await _world.DbAsync(db => db.Users.SingleAsync(u => u.Id == owner.Id));
        Assert.NotNull(user.BlockedBotAt);
        Assert.All(await _world.OutboxAsync(), o => Assert.Equal(OutboxStatus.Skipped, o.Status));
    }

    [Fact]
    public async Task A_nudge_planned_in_the_owners_evening_waits_for_their_morning()
    {
        var (owner, _) = await _world.OwnerWithOverdueCarsAsync(Owner);
        await _world.Service<UserUseCases>().SetTimeZoneAsync(owner.Id, "Asia/Vladivostok", default);
        _world.Clock.Advance(TimeSpan.FromHours(2)); // 12:00 UTC is 22:00 in Vladivostok

        await _world.SweepAndSendAsync();
        var evening = _world.SentTo(Owner).Count;
        _world.Clock.Advance(TimeSpan.FromHours(11)); // 23:00 UTC is 09:00 there
        await _world.RunJobAsync(JobIds.NotificationSender);

        Assert.Equal(0, evening);
        Assert.Single(_world.SentTo(Owner));
    }

    [Fact]
    public async Task One_chat_gets_at_most_one_message_a_second()
    {
        await _world.OwnerWithOverdueCarsAsync(Owner, cars: 3);

        await _world.SweepAndSendAsync();

        var times = _world.Api.SendTimes(Owner);
        Assert.Equal(3, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_nudge_about_a_service_logged_before_it_went_out_is_dropped()
    {
        var (owner, cars) = await _world.OwnerWithOverdueCarsAsync(Owner);
        await _world.RunJobAsync(JobIds.MaintenanceSweep);
        await _world
            .Service<CarPass.Data.Reminders.ReminderUseCases>()
            .SetAsync(
                owner.Id,
                cars[0],
                new CarPass.Data.Reminders.ReminderDraft(
                    Domain.Maintenance.ServiceKind.EngineOil,
                    10_000,
                    null,
                    LastDoneKm: 50_000
                ),
                default
            );

        await _world.RunJobAsync(JobIds.NotificationSender);

        Assert.Empty(_world.SentTo(Owner));
        var row = Assert.Single(await _world.OutboxAsync());
        Assert.Equal((OutboxStatus.Skipped, "resolved"), (row.Status, row.LastError));
        Assert.Equal(NotificationKind.MaintenanceOverdue, row.Kind);
    }
}
