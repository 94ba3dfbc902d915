using System.Net;
using System.Text;
using System.Text.Json;
using CarPass.Bot.Tests.Support;
using CarPass.Bot.Webhook;
using Microsoft.EntityFrameworkCore;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CarPass.Bot.Tests.Loop;

public sealed class WebhookTests : IAsyncLifetime
{
    private const string Secret = "s3cret-webhook-token";
    private BotWorld _world = null!;

    public async Task InitializeAsync() =>
        _world = await BotWorld.StartAsync(
            new Dictionary<string, string>
            {
                ["Telegram:Mode"] = "webhook",
                ["Telegram:WebhookSecret"] = Secret,
                ["Telegram:WebhookUrl"] = "https://carpass.example/telegram/webhook",
            }
        );

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("s3cret-webhook-tokeN")]
    [InlineData("s3cret")]
    public async Task A_wrong_or_missing_secret_gets_401_and_nothing_is_processed(string? secret)
    {
        var response = await PostAsync(Update(1), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await _world.DbAsync(db => db.ProcessedUpdates.CountAsync()));
        Assert.Empty(_world.Api.Sent);
    }

    [Fact]
    public async Task A_valid_update_is_applied_once_even_when_delivered_twice()
    {
        var first = await PostAsync(Update(7), Secret);
        var again = await PostAsync(Update(7), Secret);
        await _world.NextAsync(801);
        await BotWorld.WaitUntilAsync(
            async () => await _world.DbAsync(db => db.InboundUpdates.CountAsync(u => u.ProcessedAt == null)) == 0,
            "the inbox is drained"
        );

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Single(_world.Api.Sent);
        Assert.Equal(1, await _world.DbAsync(db => db.ProcessedUpdates.CountAsync()));
        Assert.Equal(1, await _world.DbAsync(db => db.InboundUpdates.CountAsync()));
    }

    [Fact]
    public async Task The_webhook_is_registered_with_its_secret_on_start()
    {
        await _world.Api.WaitForAsync(_ => _world.Api.CountCalls("setWebhook") > 0 ? "" : null);

        Assert.Equal(0, _world.Api.CountCalls("getUpdates"));
    }

    [Fact]
    public async Task The_webhook_is_registered_with_its_secret_and_connection_limit()
    {
        await _world.Api.WaitForAsync(_ => _world.Api.CountCalls("setWebhook") > 0 ? "" : null);

        var registered = _world.Api.LastRequest("setWebhook")!;
        Assert.Equal(Secret, registered["secret_token"]?.ToString());
        Assert.Equal("40", registered["max_connections"]?.ToString());
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_before_it_is_parsed_and_nothing_is_recorded()
    {
        var huge = Update(9);
        huge.Message!.Text = new string('x', WebhookEndpoint.MaxBodyBytes);

        var response = await PostAsync(huge, Secret);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await _world.DbAsync(db => db.InboundUpdates.CountAsync()));
    }

    [Fact]
    public async Task Broken_json_is_a_bad_request_not_a_crash()
    {
        using var client = _world.Host.CreateClient();
        using var content = new StringContent("{\"update_id\":", Encoding.UTF8, "application/json");
        content.Headers.Add(WebhookEndpoint.SecretHeader, Secret);

        var response = await client.PostAsync(WebhookEndpoint.Path, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(Update update, string? secret)
    {
        using var client = _world.Host.CreateClient();
        using var content = new StringContent(
            JsonSerializer.Serialize(update, JsonBotAPI.Options),
            Encoding.UTF8,
            "application/json"
        );
        if (secret is not null)
            content.Headers.Add(WebhookEndpoint.SecretHeader, secret);
        return await client.PostAsync(WebhookEndpoint.Path, content);
    }

    private static Update Update(int id) =>
        new()
        {
            Id = id,
            Message = new Message
            {
                Id = id,
                Date = DateTime.UtcNow,
                Chat = new Chat { Id = 801, Type = ChatType.Private },
                From = new User
                {
                    Id = 801,
                    FirstName = "Webhook",
                    LanguageCode = "en",
                },
                Text = "/start",
            },
        };
}
