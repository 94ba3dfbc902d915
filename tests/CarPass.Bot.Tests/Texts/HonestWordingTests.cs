using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.ServiceLoop;
using CarPass.Bot.Tests.Support;
using CarPass.Domain.Texts;
using static CarPass.Bot.Tests.ServiceLoop.ServiceLoopWorld;

namespace CarPass.Bot.Tests.Texts;

/// <summary>
/// What the chat says matches what happened: a centre not yet verified by CarPass asks for access
/// and has a visit confirmed, and neither message claims more than the grant opens or the passport counts.
/// </summary>
public sealed class HonestWordingTests : IAsyncLifetime
{
    private BotWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await StartAsync();
        await OwnerCarAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task An_unverified_centre_is_told_as_it_is_from_the_request_to_the_confirmed_visit()
    {
        var owner = new ChatPerson(_world, Owner, "en");
        var manager = new ChatPerson(_world, Manager, "en");
        await owner.SayAsync("/passport");
        var step = await manager.TapPrefixAsync(await manager.SayAsync("/center"), "f:reg");
        await manager.SayAsync("Bob's <Fast> Fix");
        step = await manager.SayAsync("Tver");
        step = await manager.SkipAsync(step);
        await manager.SkipAsync(step);

        await manager.TapPrefixAsync(await manager.AskAsync("/center", "f:find"), "f:find");
        await manager.TapPrefixAsync(await manager.SayAsync(Plate), "ar:");
        var ask = await owner.WaitForButtonAsync("ad:");
        await owner.TapSuffixAsync(ask, ":7");
        step = await manager.TapPrefixAsync(await manager.AskAsync("/center", "f:visit"), "f:visit");
        step = await manager.TapPrefixAsync(step, "w:visit:1:");
        step = await manager.TapPrefixAsync(step, "w:visit:2:");
        step = await manager.SayAsync("50 100");
        step = await manager.TapSuffixAsync(step, ":~d");
        step = await manager.SayAsync("Wheel alignment");
        for (var i = 0; i < 3; i++)
            step = await manager.SkipAsync(step);
        var request = await owner.WaitForButtonAsync("vc:");
        var confirmed = await owner.TapPrefixAsync(request, "vc:");
        var passport = await owner.SayAsync("/passport");

        Assert.Contains(Text("bot.access.owner_ask", "Camry"), Visible(ask));
        Assert.DoesNotContain("will see the passport", Visible(ask));
        Assert.Contains(Text("bot.access.owner_unverified"), Visible(ask));
        Assert.Equal(Text("bot.visit.confirmed_unverified"), Visible(confirmed));
        Assert.Contains(
            Text("bot.passport.history", Text("history_status.partially_verified"), 0, 1),
            Visible(passport)
        );
    }

    private static string Text(string key, params object[] args) => TextCatalog.Get(Language.En, key, args);

    private static string Visible(SentMessage message) => TelegramMessageCheck.Parse(message.Text).Visible!;
}
