using CarPass.Bot.Notifications;
using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.Delivery;

/// <summary>
/// Notices to someone other than the person acting: Telegram refuses some of them (a blocked bot, a
/// chat never started), and that must cost neither the actor's own reply nor anyone else's.
/// </summary>
public sealed class UnreachableRecipientTests : IAsyncLifetime
{
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_registration_is_confirmed_and_announced_once_the_operator_who_never_started_the_bot_writes()
    {
        _world.Api.NeverStarted(Operator);

        var registered = await RegisterAsync(Manager, "Motor & Sons");
        var other = await _world.SayAsync(Owner, "/start");
        await _world.Service<ReviewNoticeSender>().SendDueAsync(default);
        var triedBeforeStart = _world.Api.SendTimes(Operator).Count;
        await _world.SayAsync(Operator, "/start");
        var review = await OperatorNoticeAsync(_world);

        Assert.Contains("Registered", registered.Text);
        Assert.Contains("Hello", other.Text);
        Assert.Equal(0, triedBeforeStart);
        Assert.Contains("Motor &amp; Sons", review.Text);
        Assert.NotNull(review.Button("Verify"));
    }

    [Fact]
    public async Task An_owner_who_blocked_the_bot_is_marked_skipped_and_written_to_again_once_they_write()
    {
        await OwnerCarAsync(_world);
        await VerifiedCenterWithEmployeeAsync(_world);
        await GrantedAccessAsync(_world);
        _world.Api.BlockBotIn(Owner);
        var triedBefore = _world.Api.SendTimes(Owner).Count;

        var first = await RecordVisitByEmployeeAsync(_world, "Oil change", 50_600);
        await BotWorld.WaitUntilAsync(
            async () => (await UserAsync(_world, Owner)).BlockedBotAt is not null,
            "the owner is marked unreachable"
        );
        var second = await RecordVisitByEmployeeAsync(_world, "Wipers", 50_650);
        var others = await _world.SayAsync(Manager, "/center");
        // The employee's chat runs in order: once this is answered, the second visit's notices are done.
        await _world.SayAsync(Employee, "/center");
        var triedWhileMarked = _world.Api.SendTimes(Owner).Count - triedBefore;
        _world.Api.UnblockBotIn(Owner);
        await _world.SayAsync(Owner, "/start");
        var cleared = (await UserAsync(_world, Owner)).BlockedBotAt;
        var ask = await RecordVisitAsync(_world, "Brake pads", 50_700);

        Assert.Contains("Visit recorded", first.Text);
        Assert.Contains("Visit recorded", second.Text);
        Assert.Equal(1, triedWhileMarked);
        Assert.Contains("Motor", others.Text);
        Assert.Null(cleared);
        Assert.Contains("Brake pads", ask.Text);
    }

    [Fact]
    public async Task The_actors_own_reply_goes_out_before_notices_to_others()
    {
        await OwnerCarAsync(_world);
        await VerifiedCenterWithEmployeeAsync(_world);
        await GrantedAccessAsync(_world);

        var confirmation = await RecordVisitByEmployeeAsync(_world, "Oil change", 50_600);
        var ask = await _world.NextAsync(Owner);

        var sent = _world.Api.Sent.ToList();
        Assert.True(
            sent.IndexOf(confirmation) < sent.IndexOf(ask),
            $"the employee's reply went out after the owner's notice:\n{string.Join("\n", sent.TakeLast(4))}"
        );
    }

    [Fact]
    public async Task A_burst_of_registrations_reaches_the_operator_as_one_notice_with_a_button_for_each()
    {
        await _world.SayAsync(Operator, "/start");

        await RegisterAsync(Manager, "North Garage");
        await RegisterAsync(Employee, "South Garage");
        await RegisterAsync(Owner, "East Garage");
        var notice = await OperatorNoticeAsync(_world);
        await _world.Service<ReviewNoticeSender>().SendDueAsync(default);
        var verified = await _world.TapAsync(Operator, notice, "Verify 2");

        Assert.Single(
            _world.Api.Sent,
            m => m.ChatId == Operator && m.Method == "sendMessage" && m.Text.Contains("Garage")
        );
        Assert.Contains("waiting for review: 3", notice.Text);
        Assert.Contains("South Garage", verified.Text);
        Assert.Equal(
            "South Garage",
            await _world.DbAsync(db =>
                db.ServiceCenters.Where(c => c.Verification == Domain.ServiceCenters.VerificationStatus.Verified)
                    .Select(c => c.Name)
                    .SingleAsync()
            )
        );
    }

    private async Task<Fake.SentMessage> RegisterAsync(long who, string name)
    {
        var menu = await _world.SayAsync(who, "/center");
        await _world.TapAsync(who, menu, "Register");
        await _world.SayAsync(who, name);
        var address = await _world.SayAsync(who, "Kazan");
        var contact = await _world.TapAsync(who, address, "Skip");
        return await _world.TapAsync(who, contact, "Skip");
    }
}
