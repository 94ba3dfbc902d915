using CarPass.Bot.Loop;
using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Loop;

public sealed class ReliabilityTests : IAsyncLifetime
{
    private const long Owner = 701;
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_redelivered_update_changes_nothing_and_says_nothing_twice()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        await _world.SayAsync(Owner, "/mileage");
        var typed = _world.Text(Owner, "50300");
        await _world.NextAsync(Owner);
        var sentBefore = _world.Api.Sent.Count;

        await _world.Service<UpdateDispatcher>().ProcessAsync(typed, default);

        Assert.Equal(2, await _world.DbAsync(db => db.OdometerReadings.CountAsync()));
        Assert.Equal(sentBefore, _world.Api.Sent.Count);
    }

    [Fact]
    public async Task A_redelivered_passport_is_answered_once_and_marked_handled()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        var asked = _world.Text(Owner, "/passport");
        var passport = await _world.NextAsync(Owner);
        var sentBefore = _world.Api.Sent.Count;

        await _world.Service<UpdateDispatcher>().ProcessAsync(asked, default);

        Assert.Contains("Golf", passport.Text);
        Assert.Equal(sentBefore, _world.Api.Sent.Count);
        Assert.True(await _world.DbAsync(db => db.ProcessedUpdates.AnyAsync(p => p.UpdateId == asked.Id)));
    }

    [Fact]
    public async Task A_command_that_only_shows_something_still_ends_an_unfinished_flow()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        await _world.SayAsync(Owner, "/mileage");

        var passport = await _world.SayAsync(Owner, "/passport");
        var afterwards = await _world.SayAsync(Owner, "50300");

        Assert.Contains("Golf", passport.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.Conversations.CountAsync()));
        Assert.Equal(1, await _world.DbAsync(db => db.OdometerReadings.CountAsync()));
        Assert.DoesNotContain("50,300", afterwards.Text);
    }

    [Fact]
    public async Task Someone_new_who_starts_with_the_garage_is_registered()
    {
        var garage = await _world.SayAsync(703, "/garage");

        Assert.Contains("garage", garage.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await _world.DbAsync(db => db.Users.CountAsync(u => u.TelegramId == 703)));
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_a_flow_continues_the_conversation()
    {
        await _world.SayAsync(Owner, "/add");
        await _world.SayAsync(Owner, "Golf");

        await _world.RestartAsync();
        var model = await _world.SayAsync(Owner, "Volkswagen");

        Assert.Contains("Model", model.Text);
        var conversation = await _world.DbAsync(db => db.Conversations.SingleAsync());
        Assert.Contains("Volkswagen", conversation.DraftJson);
    }

    [Fact]
    public async Task A_429_is_waited_out_for_retry_after_seconds_and_the_loop_goes_on()
    {
        await _world.SayAsync(Owner, "/start");
        var callsBefore = _world.Api.CountCalls("getUpdates");
        _world.Api.FailNextWith429("getUpdates", 2);

        await _world.SayAsync(Owner, "/garage");
        await _world.Api.WaitForAsync(_ => _world.Api.CountCalls("getUpdates") >= callsBefore + 2 ? "" : null);
        var reply = await _world.SayAsync(Owner, "/settings");

        var times = _world.Api.CallTimes("getUpdates");
        var refused = times[callsBefore];
        var retried = times[callsBefore + 1];
        Assert.True(
            retried - refused >= TimeSpan.FromSeconds(1.9),
            $"retried after {(retried - refused).TotalSeconds:0.00} s"
        );
        Assert.Contains("Settings", reply.Text);
    }

    [Theory]
    [InlineData(500, """{"ok":false,"error_code":500,"description":"Internal Server Error"}""")]
    [InlineData(502, "<html>Bad gateway</html>")]
    [InlineData(200, """{"ok":tru""")]
    public async Task The_loop_backs_off_from_a_broken_api_and_recovers(int status, string body)
    {
        await _world.SayAsync(Owner, "/start");
        _world.Api.FailNext("getUpdates", status, body);

        var reply = await _world.SayAsync(Owner, "/garage");

        Assert.Contains("garage", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_outdated_button_is_refused_with_a_notice_and_changes_nothing()
    {
        var first = await _world.SayAsync(Owner, "/add");
        await _world.SayAsync(Owner, "Golf");
        var before = await _world.DbAsync(db => db.Conversations.Select(c => c.DraftJson).SingleAsync());

        _world.Tap(Owner, first, "w:add:0:~s");
        await _world.Api.WaitForAsync(_ => _world.Api.Calls.Count(c => c == "answerCallbackQuery") >= 1 ? "" : null);

        Assert.Equal(before, await _world.DbAsync(db => db.Conversations.Select(c => c.DraftJson).SingleAsync()));
    }

    [Fact]
    public async Task Someone_elses_vehicle_id_in_a_button_reveals_nothing()
    {
        var car = await _world.AddCarAsync(Owner, "Golf", 50_000);
        var stranger = await _world.SayAsync(702, "/start");

        _world.Tap(702, stranger, $"p:{car:N}");
        var answer = await _world.NextAsync(702);
        _world.Tap(702, stranger, $"f:km:{car:N}");
        var flow = await _world.NextAsync(702);

        Assert.Contains("not in your garage", answer.Text);
        Assert.DoesNotContain("Golf", answer.Text);
        Assert.Contains("not in your garage", flow.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.Conversations.CountAsync(c => c.ChatId == 702)));
    }

    [Fact]
    public async Task A_4096_character_answer_is_refused_clearly()
    {
        await _world.SayAsync(Owner, "/add");

        var answer = await _world.SayAsync(Owner, new string('Ж', 4096));

        Assert.Contains("at most 64 characters", answer.Text);
        Assert.DoesNotContain("ЖЖЖ", (await _world.DbAsync(db => db.Conversations.SingleAsync())).DraftJson);
    }

    [Fact]
    public async Task A_sticker_in_the_middle_of_a_flow_asks_for_text()
    {
        await _world.SayAsync(Owner, "/add");
        _world.Sticker(Owner);

        var answer = await _world.NextAsync(Owner);

        Assert.Contains("text", answer.Text);
    }
}
