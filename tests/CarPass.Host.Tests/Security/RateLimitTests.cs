using System.Net;
using System.Net.Http.Headers;
using CarPass.Host.Dev;
using CarPass.Host.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CarPass.Host.Tests.Security;

/// <summary>
/// The HTTP API's rate limits: per Telegram user (validated initData), per address without a valid
/// session; a refusal is 429 with Retry-After and a problem body.
/// </summary>
public sealed class RateLimitTests
{
    private const string BotToken = "7000000006:rate-limit-token";

    [Fact]
    public async Task A_user_over_the_limit_gets_429_with_retry_after_and_another_user_is_not_affected()
    {
        await using var factory = new HostFactory();
        await using var host = Host(factory, perUser: 3, perAddress: 100);
        using var first = ClientFor(host, 100000041);
        using var second = ClientFor(host, 100000042);

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/me")).StatusCode);
        var refused = await first.GetAsync("/api/my/vehicles");

        await Json.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 20);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Requests_without_a_valid_session_are_limited_by_address()
    {
        await using var factory = new HostFactory();
        await using var host = Host(factory, perUser: 100, perAddress: 2);
        using var anonymous = host.CreateClient();
        using var forged = ClientWith(
            host,
            InitDataSigner.ForUser("1:other-bot", 100000043, "X", "en", DateTimeOffset.UtcNow)
        );

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/me")).StatusCode);
        var refused = await anonymous.GetAsync("/api/me");

        await Json.ProblemAsync(refused, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, (await ClientFor(host, 100000044).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task With_the_default_limits_a_busy_mini_app_session_is_never_refused()
    {
        await using var factory = new HostFactory();
        await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Telegram:BotToken", BotToken));
        using var client = ClientFor(host, 100000045);
        string[] screen = ["/api/me", "/api/my/vehicles", "/api/me/achievements"];

        for (var visit = 0; visit < 40; visit++)
            foreach (var path in screen)
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Switched_off_the_limits_refuse_nothing()
    {
        await using var factory = new HostFactory();
        await using var host = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Telegram:BotToken", BotToken);
            b.UseSetting("RateLimiting:Enabled", "false");
            b.UseSetting("RateLimiting:PerUserPerMinute", "1");
        });
        using var client = ClientFor(host, 100000046);

        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Health_checks_and_the_mini_app_files_are_not_limited()
    {
        await using var factory = new HostFactory();
        await using var host = Host(factory, perUser: 1, perAddress: 1);
        using var client = host.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/app/")).StatusCode);
        }
    }

    private static WebApplicationFactory<Program> Host(HostFactory factory, int perUser, int perAddress) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Telegram:BotToken", BotToken);
            b.UseSetting("RateLimiting:PerUserPerMinute", perUser.ToString());
            b.UseSetting("RateLimiting:PerAddressPerMinute", perAddress.ToString());
        });

    private static HttpClient ClientFor(WebApplicationFactory<Program> host, long telegramId) =>
        ClientWith(host, InitDataSigner.ForUser(BotToken, telegramId, "Test", "en", DateTimeOffset.UtcNow));

    private static HttpClient ClientWith(WebApplicationFactory<Program> host, string initData)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("tma", initData);
        return client;
    }
}
