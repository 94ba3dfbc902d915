using CarPass.Bot.Routing;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.ServiceLoop;

/// <summary>"A service centre did it" on the overdue nudge: no dead end, and confirming from it resets the reminder.</summary>
public sealed class CenterDidItTests : IAsyncLifetime
{
    private VisitWorkWorld _world = null!;

    public async Task InitializeAsync() => _world = await VisitWorkWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Without_a_visit_waiting_the_owner_is_told_how_to_ask_the_centre_and_can_still_log_it()
    {
        await _world.SweepAndSendAsync();
        var nudge = await _world.Chat.NextAsync(Owner);

        var answer = await _world.Chat.TapAsync(Owner, nudge, "A service centre did it");

        Assert.Equal($"vw:{CallbackData.Id(_world.Car)}", nudge.Button("A service centre did it"));
        Assert.Contains("ask the centre to record the visit", answer.Text);
        Assert.Equal($"f:svc:{CallbackData.Id(_world.Car)}", answer.Button("Log service"));
        Assert.Equal($"p:{CallbackData.Id(_world.Car)}", answer.Button("Open passport"));
        Assert.Null((await _world.OilReminderAsync()).LastDoneAt);
    }

    [Fact]
    public async Task A_visit_waiting_for_the_owner_is_listed_and_confirming_it_there_resets_the_reminder()
    {
        await _world.SweepAndSendAsync();
        var nudge = await _world.Chat.NextAsync(Owner);
        await RecordVisitByEmployeeAsync(_world.Chat, ["Engine oil", "Oil filter"], "Wiper blades", 50_100);
        await _world.Chat.NextAsync(Owner);

        var list = await _world.Chat.TapAsync(Owner, nudge, "A service centre did it");
        var confirmed = await _world.Chat.TapAsync(Owner, list, "Confirm 1");

        Assert.Contains("these visits wait for your confirmation", list.Text);
        Assert.Contains("Motor &amp; Sons", list.Text);
        Assert.Contains("Work: Engine oil, Oil filter — Wiper blades", list.Text);
        Assert.Contains("verified history", confirmed.Text);
        Assert.Equal(50_100, (await _world.OilReminderAsync()).LastDoneKm);
        Assert.Equal(
            VisitStatus.Confirmed,
            await _world.Chat.DbAsync(db => db.ServiceVisits.Select(v => v.Status).SingleAsync())
        );
    }

    [Fact]
    public async Task A_stranger_tapping_the_button_for_someone_elses_car_learns_nothing()
    {
        await RecordVisitByEmployeeAsync(_world.Chat, ["Engine oil"], null, 50_100);
        var strangers = await _world.Chat.SayAsync(4040, "/start");

        _world.Chat.Tap(4040, strangers, $"vw:{CallbackData.Id(_world.Car)}");
        var answer = await _world.Chat.NextAsync(4040);

        Assert.Contains("not found", answer.Text);
        Assert.DoesNotContain("Engine oil", answer.Text);
        Assert.DoesNotContain(answer.Buttons, b => b.CallbackData!.StartsWith("vc:", StringComparison.Ordinal));
    }
}
