using System.Net;

namespace CarPass.Host.Security;

/// <summary>
/// "This request comes from this machine": the connection is from a loopback address and nothing
/// says a proxy carried it. A proxy or tunnel on the same machine connects from loopback too, so any
/// forwarding header — present, or left behind as X-Original-* when ForwardedHeaders processing
/// replaced the remote address — makes the request remote. A plain TCP forwarder that adds no header
/// cannot be told apart (docs/RELIABILITY.md).
/// </summary>
public static class LocalCaller
{
    private static readonly string[] ProxyHeaders =
    [
        "Forwarded",
        "X-Forwarded-For",
        "X-Forwarded-Proto",
        "X-Forwarded-Host",
        "X-Forwarded-Prefix",
        "X-Original-For",
        "X-Original-Proto",
        "X-Original-Host",
        "X-Original-Prefix",
    ];

    public static bool Is(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote
        && IPAddress.IsLoopback(remote)
        && !ProxyHeaders.Any(http.Request.Headers.ContainsKey);
}
