using CarPass.Bot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Bot.Tests.Reliability;

/// <summary>The host stopped at arbitrary moments and a locked database: nothing acknowledged is lost, nothing doubles.</summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const long Owner = 1301;
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(60)]
    public async Task Updates_in_flight_when_the_host_stops_are_applied_exactly_once_after_restart(int stopAfterMs)
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        var people = Enumerable.Range(0, 6).Select(i => 1400L + i).ToList();
        foreach (var person in people)
            await _world.SayAsync(person, "/start");

        foreach (var person in people)
            _world.Text(person, "/garage");
        await Task.Delay(stopAfterMs);
        await _world.RestartAsync();

        foreach (var person in people)
            await _world.Api.WaitForAsync(sent => sent.Count(m => m.ChatId == person) >= 2 ? "" : null);
        await Task.Delay(300);
        foreach (var person in people)
            Assert.True(
                _world.Api.Sent.Count(m => m.ChatId == person) <= 3,
                $"chat {person} got {_world.Api.Sent.Count(m => m.ChatId == person)} replies"
            );
        Assert.Equal(
            await _world.DbAsync(db => db.ProcessedUpdates.CountAsync()),
            await _world.DbAsync(db => db.ProcessedUpdates.Select(p => p.UpdateId).Distinct().CountAsync())
        );
    }

    [Fact]
    public async Task A_flow_interrupted_by_a_stop_keeps_its_answers_and_finishes_once()
    {
        await _world.SayAsync(Owner, "/add");
        _world.Text(Owner, "Golf");
        await _world.RestartAsync();
        await _world.Api.WaitForAsync(sent => sent.Count(m => m.ChatId == Owner) >= 2 ? "" : null);

        var conversation = await _world.DbAsync(db => db.Conversations.SingleAsync());

        Assert.Contains("Golf", conversation.DraftJson);
        Assert.Equal(1, conversation.Step);
    }

    [Fact]
    public async Task A_database_locked_by_another_writer_delays_the_update_but_loses_nothing()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        await _world.SayAsync(Owner, "/mileage");
        await using (var blocker = new SqliteConnection(_world.ConnectionString))
        {
            await blocker.OpenAsync();
            await using var lockCommand = blocker.CreateCommand();
            lockCommand.CommandText =
                "BEGIN IMMEDIATE; INSERT INTO processed_updates (update_id, processed_at) VALUES (-1, '2026-01-01');";
            await lockCommand.ExecuteNonQueryAsync();
            _world.Text(Owner, "50700");
            await Task.Delay(1500);
            Assert.Equal(1, await _world.DbAsync(db => db.OdometerReadings.CountAsync()));
            await using var rollback = blocker.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        var saved = await _world.NextAsync(Owner);

        Assert.Contains("50 700 km", saved.Text);
        Assert.Equal(2, await _world.DbAsync(db => db.OdometerReadings.CountAsync()));
    }
}
