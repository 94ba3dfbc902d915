using CarPass.Bot.Notifications;
using CarPass.Bot.Tests.Support;
using CarPass.Data.Notifications;
using CarPass.Domain.Notifications;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.ServiceLoop;

/// <summary>The owner's requests go through the outbox: quiet hours hold them, a muted centre's are not pushed.</summary>
public sealed class RequestDeliveryTests : IAsyncLifetime
{
    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await StartAsync();
        await OwnerCarAsync(_world);
        await VerifiedCenterWithEmployeeAsync(_world);
        await GrantedAccessAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_visit_recorded_in_the_owners_quiet_hours_waits_and_then_arrives_whole_with_its_buttons()
    {
        // Quiet hours around this very hour of the owner's zone: from an hour ago to two hours on.
        var zone = TimeZoneInfo.FindSystemTimeZoneById((await UserAsync(_world, Owner)).TimeZone);
        var hour = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone).Hour;
        await QuietHoursAsync(_world, Owner, (hour + 23) % 24, (hour + 2) % 24);

        await RecordVisitByEmployeeAsync(_world, "Oil and filter change", 50_600);
        // One chat's updates run in order, each with its notices: this answer comes after the visit's are done.
        await _world.SayAsync(Employee, "/center");
        var held = await VisitNoticeAsync();

        Assert.True(
            held.Status == OutboxStatus.Pending,
            $"{held.Status} {held.NotBefore:O} {held.CreatedAt:O} {held.LastError} {hour}"
        );
        Assert.Equal(0, held.Attempts);
        Assert.True(held.NotBefore > DateTime.UtcNow.AddMinutes(50));
        Assert.Equal((hour + 2) % 24, TimeZoneInfo.ConvertTimeFromUtc(held.NotBefore, zone).Hour);

        // The morning comes (the row falls due) and the owner has turned quiet hours off meanwhile.
        await QuietHoursAsync(_world, Owner, 0, 0);
        await _world.DbAsync(db =>
            db.Outbox.Where(o => o.Id == held.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.NotBefore, DateTime.UtcNow))
        );
        await _world.Service<NudgeSender>().DrainAsync(default);
        var ask = await _world.NextAsync(Owner);
        var confirmed = await _world.TapAsync(Owner, ask, "Confirm");

        Assert.Contains("Oil and filter change", ask.Text);
        Assert.Contains("<b>Motor &amp; Sons</b>, Kazan", ask.Text);
        Assert.Contains("Not mine", string.Join('|', ask.Buttons.Select(b => b.Text)));
        Assert.Contains("Mute this centre", string.Join('|', ask.Buttons.Select(b => b.Text)));
        Assert.Contains("verified history", confirmed.Text);
        Assert.Equal(OutboxStatus.Sent, (await VisitNoticeAsync()).Status);
    }

    [Fact]
    public async Task Muting_a_centre_from_its_request_stops_its_messages_keeps_the_visit_waiting_and_settings_unmute_it()
    {
        var ask = await RecordVisitAsync(_world, "Brake pads", 50_700);

        var muted = await _world.TapAsync(Owner, ask, "Mute this centre");
        await RecordVisitByEmployeeAsync(_world, "Wipers", 50_800);
        await BotWorld.WaitUntilAsync(
            async () =>
                await _world.DbAsync(db =>
                    db.Outbox.CountAsync(o =>
                        o.Kind == NotificationKind.VisitAwaitingConfirmation && o.Status == OutboxStatus.Skipped
                    )
                ) == 1,
            "the muted centre's notice is skipped"
        );
        var settings = await _world.SayAsync(Owner, "/settings");
        var unmuted = await _world.TapAsync(Owner, settings, "Unmute Motor");
        var settingsAfter = await _world.NextAsync(Owner);

        Assert.Contains("Motor &amp; Sons is muted", muted.Text);
        Assert.NotEqual(ask.MessageId, muted.MessageId);
        Assert.Equal(
            "center_muted",
            await _world.DbAsync(db =>
                db.Outbox.Where(o => o.Status == OutboxStatus.Skipped).Select(o => o.LastError).SingleAsync()
            )
        );
        Assert.Equal(
            2,
            await _world.DbAsync(db => db.ServiceVisits.CountAsync(v => v.Status == VisitStatus.PendingConfirmation))
        );
        Assert.Contains("Muted service centres", settings.Text);
        Assert.Contains("Motor &amp; Sons", settings.Text);
        Assert.Contains("unmuted", unmuted.Text);
        Assert.DoesNotContain("Muted service centres", settingsAfter.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.ServiceCenterMutes.CountAsync()));
        var confirmed = await _world.TapAsync(Owner, ask, "Confirm");
        Assert.Contains("verified history", confirmed.Text);
    }

    private Task<OutboxMessage> VisitNoticeAsync() =>
        _world.DbAsync(db => db.Outbox.SingleAsync(o => o.Kind == NotificationKind.VisitAwaitingConfirmation));
}
