using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CarPass.Host.Tests.Security;

/// <summary>
/// /hangfire/login turns an operator's initData into a cookie: only fresh initData (minutes, not
/// the Mini App's day), and the cookie is Secure whenever the request came over https, also through a proxy.
/// </summary>
public sealed class DashboardLoginTests : IAsyncLifetime
{
    private readonly HostFactory _factory = new();
    private WebApplicationFactory<Program> _host = null!;

    public Task InitializeAsync()
    {
        _host = _factory.WithWebHostBuilder(b => b.AsProductionWithOperator());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData(0, HttpStatusCode.Redirect)]
    [InlineData(4, HttpStatusCode.Redirect)]
    [InlineData(6, HttpStatusCode.Forbidden)]
    [InlineData(60, HttpStatusCode.Forbidden)]
    public async Task Only_init_data_a_few_minutes_old_signs_an_operator_in(int minutesOld, HttpStatusCode expected)
    {
        using var client = _host.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostAsync("/hangfire/login", OperatorSignIn.Form(minutesOld));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Redirect, response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task An_older_init_data_still_opens_the_mini_app_but_not_the_dashboard()
    {
        using var client = _host.CreateClient(new() { AllowAutoRedirect = false });
        var hourOld = OperatorSignIn.InitData(60);
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        api.Headers.TryAddWithoutValidation("Authorization", $"tma {hourOld}");
        using var dashboard = new HttpRequestMessage(HttpMethod.Get, "/hangfire");
        dashboard.Headers.TryAddWithoutValidation("Authorization", $"tma {hourOld}");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(api)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(dashboard)).StatusCode);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("https", true)]
    [InlineData("http", false)]
    public async Task The_operator_cookie_is_secure_whenever_a_proxy_says_the_request_was_https(
        string? forwardedProto,
        bool secure
    )
    {
        using var client = _host.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/login")
        {
            Content = OperatorSignIn.Form(),
        };
        if (forwardedProto is not null)
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", forwardedProto);

        var response = await client.SendAsync(request);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Through_a_trusted_proxy_on_this_machine_the_cookie_is_secure()
    {
        await using var factory = new HostFactory();
        await using var host = factory.StartOnLoopback(b => b.AsProductionWithOperator());
        using var client = host.LoopbackClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/login")
        {
            Content = OperatorSignIn.Form(),
        };
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "198.51.100.4");

        var response = await client.SendAsync(request);

        Assert.Contains(
            "secure",
            Assert.Single(response.Headers.GetValues("Set-Cookie")),
            StringComparison.OrdinalIgnoreCase
        );
    }
}
