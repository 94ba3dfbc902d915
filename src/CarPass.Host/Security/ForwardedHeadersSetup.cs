using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CarPass.Host.Security;

/// <summary>
/// Reads the client's address and scheme from trusted proxies only, so rate limits see the real
/// client and cookies are Secure behind a TLS proxy. Runs first in the pipeline.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static WebApplicationBuilder AddCarPassForwardedHeaders(this WebApplicationBuilder builder)
    {
        var settings =
            builder.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>()
            ?? new ForwardedHeadersSettings();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = Math.Max(1, settings.ForwardLimit);
            foreach (var proxy in settings.KnownProxies)
                o.KnownProxies.Add(
                    IPAddress.TryParse(proxy.Trim(), out var address) ? address : throw Invalid("KnownProxies", proxy)
                );
            foreach (var network in settings.KnownNetworks)
                o.KnownIPNetworks.Add(
                    System.Net.IPNetwork.TryParse(network.Trim(), out var parsed)
                        ? parsed
                        : throw Invalid("KnownNetworks", network)
                );
        });
        return builder;
    }

    private static InvalidOperationException Invalid(string key, string value) =>
        new($"{ForwardedHeadersSettings.Section}:{key} has \"{value}\", which is not an address or a CIDR network.");
}
