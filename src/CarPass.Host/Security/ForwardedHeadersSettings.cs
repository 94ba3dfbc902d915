namespace CarPass.Host.Security;

/// <summary>
/// ForwardedHeaders:* — which proxies may tell the client's address and scheme (X-Forwarded-For,
/// X-Forwarded-Proto). Loopback is always trusted (a proxy or tunnel on this machine); a proxy on
/// another machine must be listed, or its headers are ignored.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, such as "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, such as "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row are read from the end of X-Forwarded-For.</summary>
    public int ForwardLimit { get; set; } = 1;
}
