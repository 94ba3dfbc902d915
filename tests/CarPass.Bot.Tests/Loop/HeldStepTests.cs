using CarPass.Bot.Loop;
using CarPass.Bot.Routing;
using CarPass.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Bot.Tests.Loop;

/// <summary>
/// A flow's question that only moves the flow on is answered without the write lock: its new step
/// is held and stored with the update's mark. The answer that finishes a flow goes to the write path.
/// </summary>
public sealed class HeldStepTests : IAsyncLifetime
{
    private const long Owner = 711;
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_step_answered_without_the_lock_is_stored_with_its_mark_and_survives_a_restart()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        await _world.SayAsync(Owner, "/fuel");
        var litres = _world.Text(Owner, "42.5");
        var price = await _world.NextAsync(Owner);

        var conversation = await _world.DbAsync(db => db.Conversations.SingleAsync());
        var marked = await _world.DbAsync(db => db.ProcessedUpdates.AnyAsync(p => p.UpdateId == litres.Id));
        await _world.RestartAsync();
        var odometer = await _world.SayAsync(Owner, "3500");

        Assert.Contains("Total price", price.Text);
        Assert.Equal(("fuel", 2), (conversation.Flow, conversation.Step));
        Assert.Contains("\"litres\":\"42.5\"", conversation.DraftJson);
        Assert.True(marked);
        Assert.Contains("Odometer at the fill-up", odometer.Text);
    }

    [Fact]
    public async Task A_redelivered_step_moves_the_flow_once_and_says_nothing_twice()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        await _world.SayAsync(Owner, "/fuel");
        var litres = _world.Text(Owner, "42.5");
        await _world.NextAsync(Owner);
        var sentBefore = _world.Api.Sent.Count;
        var before = await _world.DbAsync(db => db.Conversations.AsNoTracking().SingleAsync());

        await _world.Service<UpdateDispatcher>().ProcessAsync(litres, default);

        var after = await _world.DbAsync(db => db.Conversations.AsNoTracking().SingleAsync());
        Assert.Equal(sentBefore, _world.Api.Sent.Count);
        Assert.Equal((before.Step, before.DraftJson, before.UpdatedAt), (after.Step, after.DraftJson, after.UpdatedAt));
    }

    [Fact]
    public async Task Only_answers_that_cannot_finish_a_flow_are_tried_without_the_lock()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        var otherChat = Owner + 1;

        await _world.SayAsync(Owner, "/fuel");
        var litres = await TriedFirstThenDeliveredAsync(_world.Updates.Text(Owner, "42.5"));
        await _world.SayAsync(Owner, "3500");
        var fill = await _world.SayAsync(Owner, "50300");
        var fillTap = await TriedFirstThenDeliveredAsync(_world.Updates.Tap(Owner, fill, fill.Button("Full tank")));
        await _world.SayAsync(Owner, "/mileage");
        var mileage = await TriedFirstThenDeliveredAsync(_world.Updates.Text(Owner, "50400"));

        Assert.True(litres);
        Assert.False(fillTap);
        Assert.False(mileage);
        Assert.Equal(2, await _world.DbAsync(db => db.OdometerReadings.CountAsync(r => r.ValueKm > 50_000)));
        Assert.True(await TriedFirstAsync(_world.Updates.Text(otherChat, "/passport")));
        Assert.True(await TriedFirstAsync(_world.Updates.Text(otherChat, "/fuel")));
        Assert.False(await TriedFirstAsync(_world.Updates.Text(otherChat, "/start")));
    }

    /// <summary>Asks the router first (its guess depends on the chat's step before the update), then runs the update.</summary>
    private async Task<bool> TriedFirstThenDeliveredAsync(Telegram.Bot.Types.Update update)
    {
        var tried = await TriedFirstAsync(update);
        _world.Deliver(update);
        await _world.NextAsync(Owner);
        return tried;
    }

    private async Task<bool> TriedFirstAsync(Telegram.Bot.Types.Update update)
    {
        using var scope = _world.Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UpdateRouter>().TriesReadFirstAsync(update, default);
    }
}
