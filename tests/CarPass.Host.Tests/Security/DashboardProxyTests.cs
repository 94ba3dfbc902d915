using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CarPass.Host.Tests.Security;

/// <summary>
/// Jobs:DashboardAllowLocal opens /hangfire to this machine outside Production; a proxy or tunnel on
/// this machine connects from loopback too, so nothing a proxy carried may count as local.
/// </summary>
public sealed class DashboardProxyTests : IAsyncLifetime
{
    private readonly HostFactory _factory = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _host = null!;

    public Task InitializeAsync()
    {
        _host = _factory.StartOnLoopback(b => b.UseSetting("Jobs:DashboardAllowLocal", "true"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task A_browser_on_this_machine_opens_the_dashboard_when_the_local_rule_is_on()
    {
        using var client = _host.LoopbackClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hangfire")).StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "198.51.100.4")]
    [InlineData("X-Forwarded-For", "127.0.0.1")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("X-Forwarded-Host", "carpass.example.com")]
    [InlineData("Forwarded", "for=198.51.100.4")]
    public async Task A_request_through_a_proxy_on_this_machine_is_not_local(string header, string value)
    {
        using var client = _host.LoopbackClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_request_from_another_machine_is_not_local()
    {
        await using var factory = new HostFactory();
        await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Jobs:DashboardAllowLocal", "true"));

        var context = await host.SendFromAsync("203.0.113.7", "GET", "/hangfire");

        Assert.Equal(StatusCodes.Status401Unauthorized, context.Response.StatusCode);
    }
}
