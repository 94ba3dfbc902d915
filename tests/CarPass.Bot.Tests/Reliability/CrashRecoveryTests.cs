using CarPass.Bot.Tests.Support;
using CarPass.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;

namespace CarPass.Bot.Tests.Reliability;

/// <summary>The host stopped at arbitrary moments and a locked database: nothing acknowledged is lost, nothing doubles.</summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const long Owner = 1301;

    /// <summary>Short, so a lock held well past it keeps the test quick; the product's default is 10 s.</summary>
    private const int BusyTimeoutSeconds = 2;

    /// <summary>
    /// Past the busy timeout, and released while a writer that gave up would still be waiting to
    /// record the update as failed: the moment an update used to be lost.
    /// </summary>
    private static readonly TimeSpan LockHeld = TimeSpan.FromSeconds(1.5 * BusyTimeoutSeconds);
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync(busyTimeoutSeconds: BusyTimeoutSeconds);

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
    public async Task A_database_locked_by_another_connection_longer_than_the_busy_timeout_loses_nothing()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        await _world.SayAsync(Owner, "/mileage");
        Assert.Equal(TimeSpan.FromSeconds(BusyTimeoutSeconds), _world.Service<WriteGate>().MaxWait);
        Assert.Equal(BusyTimeoutSeconds * 1000L, await BusyTimeoutInEffectAsync());
        var sentBefore = _world.Api.Sent.Count;

        Update typed;
        await using (var blocker = new SqliteConnection(_world.ConnectionString))
        {
            await blocker.OpenAsync();
            await ExecuteAsync(
                blocker,
                "BEGIN IMMEDIATE; INSERT INTO processed_updates (update_id, processed_at) VALUES (-1, '2026-01-01');"
            );
            typed = _world.Text(Owner, "50700");
            await Task.Delay(LockHeld);
            Assert.Equal(1, await _world.DbAsync(db => db.OdometerReadings.CountAsync()));
            Assert.Equal(sentBefore, _world.Api.Sent.Count);
            await ExecuteAsync(blocker, "ROLLBACK;");
        }

        var saved = await _world.NextAsync(Owner);

        Assert.Contains("50\u00A0700 km", saved.Text);
        Assert.Equal(2, await _world.DbAsync(db => db.OdometerReadings.CountAsync()));
        Assert.Equal(1, await _world.DbAsync(db => db.ProcessedUpdates.CountAsync(p => p.UpdateId == typed.Id)));
        await Task.Delay(500);
        Assert.DoesNotContain(_world.Api.Sent, m => m.Text.Contains("nothing was saved"));
        Assert.Equal(sentBefore + 1, _world.Api.Sent.Count);
    }

    [Fact]
    public async Task An_update_that_fails_for_a_bug_is_answered_once_and_not_tried_again()
    {
        await _world.AddCarAsync(Owner, "Golf", 50_000);
        await _world.SayAsync(Owner, "/mileage");
        await _world.DbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE conversations SET draft_json = '{{broken';"));

        var typed = _world.Text(Owner, "50700");
        var answer = await _world.NextAsync(Owner);
        var after = await _world.SayAsync(1302, "/start");

        Assert.Contains("nothing was saved", answer.Text);
        Assert.NotNull(after);
        Assert.Equal(1, await _world.DbAsync(db => db.ProcessedUpdates.CountAsync(p => p.UpdateId == typed.Id)));
        Assert.Equal(1, await _world.DbAsync(db => db.OdometerReadings.CountAsync()));
        Assert.Single(_world.Api.Sent, m => m.Text.Contains("nothing was saved"));
    }

    private async Task<long> BusyTimeoutInEffectAsync()
    {
        await using var scope = _world.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
