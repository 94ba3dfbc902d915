using System.Net;
using CarPass.Host.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarPass.Host.Tests.Security;

/// <summary>
/// /dev/open signs a session for anyone it is asked to: it may exist only with the random
/// development token and only for this machine.
/// </summary>
public sealed class DevHelperTests
{
    private const string RealLookingToken = "7123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    [Fact]
    public async Task Without_a_bot_token_dev_open_signs_a_local_caller_in_as_the_demo_owner()
    {
        await using var factory = new HostFactory();
        await using var host = factory.StartOnLoopback(_ => { });
        using var client = host.LoopbackClient();

        var response = await client.GetAsync("/dev/open");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/app/#tgWebAppData=", location);
        var initData = Uri.UnescapeDataString(location.Split("tgWebAppData=")[1].Split('&')[0]);
        var check = host.Services.GetRequiredService<InitDataValidator>().Validate(initData);
        Assert.Equal(100000001, check.Profile?.TelegramId);
        Assert.True(host.Services.GetRequiredService<SigningToken>().IsDevelopmentToken);
    }

    [Fact]
    public async Task In_development_with_a_real_bot_token_dev_open_does_not_exist_and_the_host_warns()
    {
        await using var factory = new HostFactory();
        await using var host = factory.StartOnLoopback(b => b.UseSetting("Telegram:BotToken", RealLookingToken));
        using var client = host.LoopbackClient();

        var response = await client.GetAsync("/dev/open?telegram_id=100000003");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("tgWebAppData", await response.Content.ReadAsStringAsync());
        Assert.Contains(
            factory.Logs.Entries,
            e =>
                e.Level == LogLevel.Warning && e.Message.Contains("Development environment with a configured bot token")
        );
    }

    [Theory]
    [InlineData("X-Forwarded-For", "198.51.100.4")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("X-Forwarded-Host", "carpass.example.com")]
    [InlineData("Forwarded", "for=198.51.100.4;proto=https")]
    public async Task A_request_a_proxy_carried_gets_nothing_even_with_the_development_token(
        string header,
        string value
    )
    {
        await using var factory = new HostFactory();
        await using var host = factory.StartOnLoopback(_ => { });
        using var client = host.LoopbackClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dev/open");
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await client.SendAsync(request);

        Assert.True(host.Services.GetRequiredService<SigningToken>().IsDevelopmentToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_caller_from_another_machine_gets_nothing_even_with_the_development_token()
    {
        await using var host = new HostFactory();

        var context = await host.SendFromAsync("203.0.113.7", "GET", "/dev/open");

        Assert.True(host.Services.GetRequiredService<SigningToken>().IsDevelopmentToken);
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey("Location"));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_development_the_helper_does_not_exist(string environment)
    {
        await using var host = new HostFactory();
        await using var production = host.WithWebHostBuilder(b => b.UseEnvironment(environment));
        using var client = production.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dev/open")).StatusCode);
        Assert.Null(production.Services.GetRequiredService<SigningToken>().Value);
    }
}
