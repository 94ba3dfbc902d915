using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Host.Tests;

/// <summary>
/// The host on a real Kestrel at 127.0.0.1, so requests arrive from a loopback address as on a
/// developer's machine (the in-memory test server has no remote address at all).
/// </summary>
public static class LoopbackHost
{
    public static WebApplicationFactory<Program> StartOnLoopback(
        this WebApplicationFactory<Program> factory,
        Action<IWebHostBuilder> configure
    )
    {
        var host = factory.WithWebHostBuilder(b =>
        {
            configure(b);
            b.UseSetting("urls", "http://127.0.0.1:0");
        });
        host.UseKestrel(0);
        host.StartServer();
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        host.ClientOptions.BaseAddress = new Uri(addresses.Addresses.First());
        return host;
    }

    /// <summary>A plain client of a host started on loopback: it shows redirects and cookies rather than following or keeping them.</summary>
    public static HttpClient LoopbackClient(this WebApplicationFactory<Program> host) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = host.ClientOptions.BaseAddress,
        };

    /// <summary>A request the in-memory server hands the host as if it came from another machine.</summary>
    public static Task<HttpContext> SendFromAsync(
        this WebApplicationFactory<Program> host,
        string remoteAddress,
        string method,
        string path,
        Action<HttpRequest>? request = null
    ) =>
        host.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(remoteAddress);
            c.Request.Method = method;
            c.Request.Path = path;
            request?.Invoke(c.Request);
        });
}
