using CarPass.Bot.Routing;
using CarPass.Bot.Tests.Support;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.FlowHygiene;

/// <summary>
/// How flows end and who may open them: every result offers the way on, answered questions lose
/// their buttons, a second tap only toasts, a stranger never gets a question, and a sticker keeps
/// the flow where it is.
/// </summary>
public sealed class FlowEndsTests : IAsyncLifetime
{
    private const long Stranger = 4040;
    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await StartAsync();
        await OwnerCarAsync(_world);
        await VerifiedCenterWithEmployeeAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_dispute_and_its_answer_end_with_the_way_on_and_leave_no_live_buttons()
    {
        await GrantedAccessAsync(_world);
        var ask = await RecordVisitAsync(_world, "Timing belt", 50_700);

        var reason = await _world.TapAsync(Owner, ask, "Dispute");
        var opened = await _world.SayAsync(Owner, "I was not there that day");
        var toManager = await _world.NextAsync(Manager);
        await _world.NextAsync(Operator);
        var answer = await _world.TapAsync(Manager, toManager, "Answer");
        var sent = await _world.SayAsync(Manager, "We will check the records");

        Assert.Contains("What is wrong with this visit?", reason.Text);
        Assert.Contains("disputed", opened.Text);
        Assert.Contains(opened.Buttons, b => b.Text.Contains("Passport"));
        Assert.Contains(opened.Buttons, b => b.Text.Contains("Garage"));
        Assert.Contains("Your answer to the dispute?", answer.Text);
        Assert.Contains("Answer sent", sent.Text);
        Assert.Contains(sent.Buttons, b => b.Text.Contains("Service centre"));
        // The questions answered by typing lost their Cancel buttons.
        Assert.Contains((Owner, reason.MessageId), _world.Api.KeyboardsRemoved);
        Assert.Contains((Manager, answer.MessageId), _world.Api.KeyboardsRemoved);
    }

    [Fact]
    public async Task A_request_and_a_revocation_end_with_the_way_on()
    {
        var menu = await _world.SayAsync(Employee, "/center");
        await _world.TapAsync(Employee, menu, "Find a vehicle");
        var found = await _world.SayAsync(Employee, "a123bc77");
        _world.Tap(Employee, found, found.Button("Request access"));
        var ask = await _world.NextAsync(Owner);
        var requested = await _world.NextAsync(Employee);
        var granted = await _world.TapAsync(Owner, ask, "7 days");
        await _world.NextAsync(Employee);
        _world.Tap(Owner, ask, ask.Button("7 days"));
        await BotWorld.WaitUntilAsync(
            () => Task.FromResult(_world.Api.CallbackNotices.Any(n => n.Contains("already been decided"))),
            "the second tap on Allow is answered with a toast"
        );
        var list = await _world.SayAsync(Owner, "/access");

        var revoked = await _world.TapAsync(Owner, list, "Revoke");

        var shown = _world.Api.Sent.Last(m => m.ChatId == Owner && m.MessageId == ask.MessageId);
        Assert.Equal(granted.Text, shown.Text);
        Assert.Contains(shown.Buttons, b => b.Text.Contains("Access list"));
        Assert.Contains("Request sent", requested.Text);
        Assert.Contains(requested.Buttons, b => b.Text.Contains("Service centre"));
        Assert.Contains("Access revoked", revoked.Text);
        Assert.Contains("Nobody else has access", revoked.Text);
        Assert.Contains(revoked.Buttons, b => b.Text.Contains("Garage"));
    }

    [Fact]
    public async Task A_second_tap_on_confirm_only_toasts_and_the_passport_button_stays()
    {
        await GrantedAccessAsync(_world);
        var ask = await RecordVisitAsync(_world, "Brake pads", 50_700);
        var confirmed = await _world.TapAsync(Owner, ask, "Confirm");

        _world.Tap(Owner, ask, ask.Button("Confirm"));
        await BotWorld.WaitUntilAsync(
            () => Task.FromResult(_world.Api.CallbackNotices.Any(n => n.Contains("already been decided"))),
            "the second tap is answered with a toast"
        );
        // The chat's updates run in order: once this is answered, the second tap said all it had to.
        await _world.SayAsync(Owner, "/garage");

        Assert.Contains(confirmed.Buttons, b => b.Text.Contains("Passport"));
        var shown = _world.Api.Sent.Last(m => m.ChatId == Owner && m.MessageId == ask.MessageId);
        Assert.Equal(confirmed.Text, shown.Text);
        Assert.Contains(shown.Buttons, b => b.Text.Contains("Passport"));
    }

    [Fact]
    public async Task A_stranger_tapping_dispute_or_answer_is_refused_before_any_question()
    {
        await GrantedAccessAsync(_world);
        var ask = await RecordVisitAsync(_world, "Timing belt", 50_700);
        await _world.SayAsync(Stranger, "/start");

        var dispute = await _world.TapAsync(Stranger, ask, "Dispute");
        var afterwards = await _world.SayAsync(Stranger, "It was not me");
        await _world.TapAsync(Owner, ask, "Dispute");
        await _world.SayAsync(Owner, "I was not there that day");
        var toManager = await _world.NextAsync(Manager);
        var answer = await _world.TapAsync(Stranger, toManager, "Answer");
        _world.Tap(Manager, toManager, StrangerReject(await CenterIdAsync()));
        var reject = await _world.NextAsync(Manager);

        Assert.Contains("not found", dispute.Text);
        Assert.DoesNotContain("What is wrong", dispute.Text);
        Assert.Contains("/help", afterwards.Text);
        Assert.Contains("not found", answer.Text);
        Assert.DoesNotContain("Your answer", answer.Text);
        Assert.Contains("Only a CarPass operator", reject.Text);
        Assert.DoesNotContain("Why is the verification refused", reject.Text);
        Assert.Equal(0, await _world.DbAsync(db => db.Conversations.CountAsync()));
        Assert.Equal(
            VisitStatus.Disputed,
            await _world.DbAsync(db => db.ServiceVisits.Select(v => v.Status).SingleAsync())
        );
    }

    [Fact]
    public async Task A_sticker_or_a_location_mid_flow_asks_the_same_step_again()
    {
        var litres = await _world.SayAsync(Owner, "/fuel");
        _world.Sticker(Owner);
        var afterSticker = await _world.NextAsync(Owner);
        _world.Location(Owner);
        var afterLocation = await _world.NextAsync(Owner);
        var price = await _world.SayAsync(Owner, "40");

        Assert.Contains("How many litres?", litres.Text);
        foreach (var reply in new[] { afterSticker, afterLocation })
        {
            Assert.Contains("please answer with text or a button below", reply.Text);
            Assert.Contains("How many litres?", reply.Text);
            Assert.Contains(reply.Buttons, b => b.Text.Contains("Cancel"));
            Assert.DoesNotContain(reply.Buttons, b => b.Text.Contains("Add a vehicle"));
        }
        Assert.Contains("Total price?", price.Text);
        Assert.Contains((Owner, afterSticker.MessageId), _world.Api.KeyboardsRemoved);
    }

    [Fact]
    public async Task A_command_leaving_a_flow_takes_its_question_buttons_away()
    {
        var litres = await _world.SayAsync(Owner, "/fuel");

        await _world.SayAsync(Owner, "/garage");

        Assert.Contains((Owner, litres.MessageId), _world.Api.KeyboardsRemoved);
        Assert.Equal(0, await _world.DbAsync(db => db.Conversations.CountAsync()));
    }

    [Fact]
    public async Task A_question_too_old_to_edit_keeps_its_buttons_and_the_flow_goes_on()
    {
        var litres = await _world.SayAsync(Owner, "/fuel");
        var editsBefore = _world.Api.CountCalls("editMessageReplyMarkup");
        _world.Api.FailNext(
            "editMessageReplyMarkup",
            400,
            """{"ok":false,"error_code":400,"description":"Bad Request: message can't be edited"}"""
        );

        var price = await _world.SayAsync(Owner, "40");
        var km = await _world.TapAsync(Owner, price, "Skip");

        Assert.Equal(editsBefore + 1, _world.Api.CountCalls("editMessageReplyMarkup"));
        Assert.DoesNotContain((Owner, litres.MessageId), _world.Api.KeyboardsRemoved);
        Assert.Contains("Total price?", price.Text);
        Assert.Contains("Odometer at the fill-up", km.Text);
    }

    [Fact]
    public async Task The_operator_verification_ends_with_the_menu()
    {
        await using var world = await StartAsync();
        await world.SayAsync(Operator, "/start");
        var menu = await world.SayAsync(Manager, "/center");
        await world.TapAsync(Manager, menu, "Register");
        await world.SayAsync(Manager, "Mike's Garage & Sons");
        var address = await world.SayAsync(Manager, "Kazan");
        var contact = await world.TapAsync(Manager, address, "Skip");
        await world.TapAsync(Manager, contact, "Skip");
        var review = await OperatorNoticeAsync(world);

        var verified = await world.TapAsync(Operator, review, "Verify");

        Assert.Contains("verified", verified.Text);
        Assert.Contains(verified.Buttons, b => b.Text.Contains("Menu"));
    }

    private Task<Guid> CenterIdAsync() => _world.DbAsync(db => db.ServiceCenters.Select(c => c.Id).SingleAsync());

    /// <summary>The operator's Reject button, replayed by someone who is not an operator.</summary>
    private static string StrangerReject(Guid centerId) =>
        CallbackData.Build(CallbackData.Operator, CallbackData.Id(centerId), "r");
}
