using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CarPass.Data.Notifications;
using CarPass.Domain.Notifications;

namespace CarPass.Bot.Tests.Notifications;

[Collection(HangfireCollection.Name)]
public sealed class JobTriggerTests : IAsyncLifetime
{
    private const string Key = "operator-secret-0123456789abcdef0123";
    private NudgeWorld _world = null!;

    public async Task InitializeAsync() =>
        _world = await NudgeWorld.StartAsync(
            new Dictionary<string, string> { ["Jobs:ServerEnabled"] = "true", ["Internal:ApiKey"] = Key }
        );

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Theory]
    [InlineData(null, "maintenance-sweep", HttpStatusCode.Unauthorized)]
    [InlineData("wrong", "maintenance-sweep", HttpStatusCode.Forbidden)]
    [InlineData(Key, "no-such-job", HttpStatusCode.NotFound)]
    public async Task The_trigger_needs_the_internal_key_and_a_known_job(
        string? key,
        string job,
        HttpStatusCode expected
    )
    {
        var response = await TriggerAsync(job, key);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_triggered_job_runs_now_through_hangfire()
    {
        await _world.OwnerWithOverdueCarsAsync(801);

        var response = await TriggerAsync("maintenance-sweep", Key);
        var rows = await WaitForOutboxAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("maintenance-sweep", body!["job_id"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["run_id"]?.GetValue<string>()));
        Assert.Single(rows, o => o.Kind == NotificationKind.MaintenanceOverdue);
    }

    private async Task<HttpResponseMessage> TriggerAsync(string job, string? key)
    {
        using var client = _world.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/internal/jobs/{job}/trigger");
        if (key is not null)
            request.Headers.Add("X-Internal-Key", key);
        return await client.SendAsync(request);
    }

    private async Task<List<OutboxMessage>> WaitForOutboxAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var rows = await _world.OutboxAsync();
            if (rows.Count > 0 || DateTime.UtcNow > deadline)
                return rows;
            await Task.Delay(100);
        }
    }
}
