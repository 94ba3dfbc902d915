using System.Net;
using CarPass.Host.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Host.Tests.Api;

public sealed class DevHelperTests
{
    [Fact]
    public async Task In_development_dev_open_signs_in_as_the_demo_owner_even_without_a_bot_token()
    {
        await using var host = new HostFactory();
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/dev/open");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/app/#tgWebAppData=", location);
        var initData = Uri.UnescapeDataString(location.Split("tgWebAppData=")[1].Split('&')[0]);
        var check = host.Services.GetRequiredService<InitDataValidator>().Validate(initData);
        Assert.Equal(100000001, check.Profile?.TelegramId);
        Assert.True(host.Services.GetRequiredService<SigningToken>().IsDevelopmentToken);
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
