using CarPass.Bot.Tests.Fake;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.ServiceLoop;

/// <summary>
/// Issue 18's story through the chat: an overdue oil change, a centre records "engine oil" with
/// buttons, the owner confirms, and the passport, the Mini App, the timeline and the next sweep agree
/// the oil is done.
/// </summary>
public sealed class ConfirmedVisitFlowTests : IAsyncLifetime
{
    private VisitWorkWorld _world = null!;

    public async Task InitializeAsync() => _world = await VisitWorkWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_visit_recorded_as_engine_oil_and_confirmed_ends_the_overdue_state_everywhere()
    {
        var chat = _world.Chat;
        await _world.SweepAndSendAsync();
        var nudge = await chat.NextAsync(Owner);
        var redBefore = await chat.SayAsync(Owner, "/passport");
        Assert.Contains("service overdue", nudge.Text);
        Assert.Contains("🔴", redBefore.Text);
        Assert.Equal(1, await _world.QueuedOverdueNudgesAsync());

        var recorded = await RecordVisitByEmployeeAsync(chat, ["Engine oil"], null, 50_100);
        var ask = await chat.NextAsync(Owner);
        var confirmed = await chat.TapAsync(Owner, ask, "Confirm");
        await chat.NextAsync(Employee);

        Assert.Contains("Work: Engine oil", recorded.Text);
        Assert.Contains("Work: Engine oil", ask.Text);
        Assert.Contains("verified history", confirmed.Text);
        var oil = await _world.OilReminderAsync();
        Assert.Equal(50_100, oil.LastDoneKm);
        var passport = await chat.SayAsync(Owner, "/passport");
        var score = await _world.MiniAppAsync("score");
        var health = score.GetProperty("maintenance_status_text").GetString()!;
        Assert.NotEqual("red", score.GetProperty("maintenance_status").GetString(), StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("🔴", passport.Text);
        Assert.Contains(health, passport.Text);
        var reminder = Assert.Single(score.GetProperty("reminders").EnumerateArray().ToList());
        Assert.Equal("ok", reminder.GetProperty("due").GetString(), StringComparer.OrdinalIgnoreCase);
        var timeline = await _world.MiniAppAsync("timeline");
        var visit = timeline
            .GetProperty("items")
            .EnumerateArray()
            .Single(i => i.GetProperty("type").GetString() is "Visit" or "visit");
        Assert.Equal("Engine oil", visit.GetProperty("title").GetString());
        Assert.True(visit.GetProperty("trusted").GetBoolean());

        // Past the 72-hour cooldown an overdue oil change would be nudged again; a done one is not.
        _world.Clock.Advance(TimeSpan.FromHours(73));
        await _world.SweepAndSendAsync();
        Assert.Equal(1, await _world.QueuedOverdueNudgesAsync());
        Assert.DoesNotContain(
            chat.Api.Sent,
            m => m.ChatId == Owner && m.Text.Contains("service overdue") && m != nudge
        );
    }
}
