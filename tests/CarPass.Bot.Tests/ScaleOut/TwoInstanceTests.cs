using System.Net;
using System.Text;
using System.Text.Json;
using CarPass.Bot.Tests.Fake;
using CarPass.Bot.Tests.Support;
using CarPass.Bot.Webhook;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bot.Tests.ScaleOut;

/// <summary>
/// Two hosts on one PostgreSQL behind a "load balancer" that sends each webhook delivery to
/// either instance — and sometimes to both, as a Telegram retry would.
/// </summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private const string Secret = "two-instance-secret";
    private const int People = 8;
    private readonly UpdateFactory _updates = new();
    private readonly List<BotHostFactory> _hosts = [];
    private FakeBotApi _api = null!;
    private string? _database;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        if (Environment.GetEnvironmentVariable("CARPASS_TEST_POSTGRES") is not { } server)
            return;
        _database = $"carpass_two_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {_database}", connection).ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = StorageRegistration.Postgres,
            ["Telegram:Mode"] = "webhook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookUrl"] = "https://carpass.example/telegram/webhook",
        };
        for (var i = 0; i < 2; i++)
        {
            var host = new BotHostFactory(connectionString, _api.BaseUrl, settings);
            _ = host.Services;
            _hosts.Add(host);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
            await host.DisposeAsync();
        await _api.DisposeAsync();
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(
                Environment.GetEnvironmentVariable("CARPASS_TEST_POSTGRES")
            );
            await connection.OpenAsync();
            await new NpgsqlCommand(
                $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)",
                connection
            ).ExecuteNonQueryAsync();
        }
    }

    [SkippableFact]
    public async Task A_mixed_load_through_either_instance_is_applied_exactly_once()
    {
        Skip.If(
            _database is null,
            "PostgreSQL is not available (CARPASS_TEST_POSTGRES is not set; run bash tests/run.sh)."
        );

        var delivered = await Task.WhenAll(
            Enumerable.Range(0, People).Select(i => AddCarThroughEitherInstanceAsync(9000 + i))
        );

        await BotWorld.WaitUntilAsync(
            async () => await DbAsync(db => db.InboundUpdates.CountAsync(u => u.ProcessedAt == null)) == 0,
            "both inboxes are drained"
        );
        var updates = delivered.Sum();
        Assert.Equal(updates, await DbAsync(db => db.ProcessedUpdates.CountAsync()));
        Assert.Equal(updates, await DbAsync(db => db.InboundUpdates.CountAsync()));
        Assert.Equal(People, await DbAsync(db => db.Vehicles.CountAsync()));
        Assert.Equal(People, await DbAsync(db => db.OdometerReadings.CountAsync(r => r.ValueKm == 12_345)));
        foreach (var chat in Enumerable.Range(0, People).Select(i => 9000L + i))
            Assert.Equal(updates / People, _api.Sent.Count(m => m.ChatId == chat));
    }

    /// <summary>One person's whole add-vehicle flow, each step sent to a random instance, some twice.</summary>
    private async Task<int> AddCarThroughEitherInstanceAsync(long person)
    {
        var seen = 0;
        var count = 0;
        async Task<SentMessage> SendAsync(Update update)
        {
            count++;
            var instance = Random.Shared.Next(2);
            await PostAsync(_hosts[instance], update);
            if (Random.Shared.Next(3) == 0)
                await PostAsync(_hosts[1 - instance], update);
            var reply = await _api.WaitForAsync(sent =>
                sent.Where(m => m.ChatId == person).Skip(seen).FirstOrDefault()
            );
            seen++;
            return reply;
        }
        var prompt = await SendAsync(_updates.Text(person, "/add"));
        prompt = await SendAsync(_updates.Text(person, $"Car {person}"));
        for (var step = 0; step < 5; step++)
            prompt = await SendAsync(_updates.Tap(person, prompt, prompt.Button("Skip")));
        prompt = await SendAsync(_updates.Text(person, "12345"));
        await SendAsync(_updates.Tap(person, prompt, prompt.Button("Skip")));
        return count;
    }

    private static async Task PostAsync(BotHostFactory host, Update update)
    {
        using var client = host.CreateClient();
        using var content = new StringContent(
            JsonSerializer.Serialize(update, JsonBotAPI.Options),
            Encoding.UTF8,
            "application/json"
        );
        content.Headers.Add(WebhookEndpoint.SecretHeader, Secret);
        var response = await client.PostAsync(WebhookEndpoint.Path, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<T> DbAsync<T>(Func<CarPassDbContext, Task<T>> query)
    {
        await using var scope = _hosts[0].Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CarPassDbContext>());
    }

    [SkippableFact]
    public async Task A_sweep_and_a_sender_running_on_both_instances_at_once_send_each_nudge_once()
    {
        Skip.If(
            _database is null,
            "PostgreSQL is not available (CARPASS_TEST_POSTGRES is not set; run bash tests/run.sh)."
        );
        var owners = Enumerable.Range(0, 6).Select(i => 9500L + i).ToList();
        foreach (var owner in owners)
            await OwnerWithOverdueOilAsync(owner);

        for (var round = 0; round < 2; round++)
        {
            await Task.WhenAll(
                _hosts.Select(h =>
                    Task.Run(() => RunJobAsync<Host.Jobs.MaintenanceSweepJob>(h, j => j.RunAsync(default)))
                )
            );
            await Task.WhenAll(
                _hosts.Select(h =>
                    Task.Run(() => RunJobAsync<Host.Jobs.NotificationSenderJob>(h, j => j.RunAsync(default)))
                )
            );
        }

        Assert.Equal(owners.Count, await DbAsync(db => db.Outbox.CountAsync()));
        foreach (var owner in owners)
            Assert.Equal(1, _api.Sent.Count(m => m.ChatId == owner));
    }

    private async Task OwnerWithOverdueOilAsync(long telegramId)
    {
        await using var scope = _hosts[0].Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = (
            await services
                .GetRequiredService<Data.Users.UserUseCases>()
                .EnsureAsync(new Data.Users.TelegramProfile(telegramId, "Owner"), false, default)
        ).Value!;
        // No quiet hours, so the test does not depend on the time of day it runs at.
        await services
            .GetRequiredService<Data.Users.UserUseCases>()
            .SetNotificationsAsync(
                user.Id,
                new Data.Users.NotificationPreferences { QuietHoursStart = 0, QuietHoursEnd = 0 },
                default
            );
        var car = (
            await services
                .GetRequiredService<Data.Vehicles.VehicleUseCases>()
                .AddAsync(user.Id, new Data.Vehicles.VehicleDraft($"Car {telegramId}", OdometerKm: 20_000), default)
        ).Value!;
        var reminder = new Data.Reminders.ReminderDraft(
            Domain.Maintenance.ServiceKind.EngineOil,
            10_000,
            null,
            LastDoneKm: 1_000
        );
        await services
            .GetRequiredService<Data.Reminders.ReminderUseCases>()
            .SetAsync(user.Id, car.Id, reminder, default);
    }

    private static async Task RunJobAsync<TJob>(BotHostFactory host, Func<TJob, Task<string>> run)
        where TJob : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }
}
