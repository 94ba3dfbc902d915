using System.Globalization;
using System.Threading.RateLimiting;
using CarPass.Host.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace CarPass.Host.Api.RateLimits;

/// <summary>
/// Per-user limits on the HTTP API (ASP.NET Core's rate limiter): a request with valid initData
/// counts against its Telegram user, anything else (missing or bad initData, the internal endpoints)
/// against the client's address, which ForwardedHeaders has already taken from a trusted proxy. It
/// runs before authentication, so a flood of refused sessions is limited too. A refusal is 429 with
/// Retry-After and a problem body.
/// </summary>
internal static class ApiRateLimiting
{
    public static WebApplicationBuilder AddApiRateLimiting(this WebApplicationBuilder builder)
    {
        var options =
            builder.Configuration.GetSection(ApiRateLimitOptions.Section).Get<ApiRateLimitOptions>()
            ?? new ApiRateLimitOptions();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            if (options.Enabled)
                o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, options));
        });
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, ApiRateLimitOptions options)
    {
        if (http.Request.Path.StartsWithSegments(SharePage.SharePageEndpoint.Path))
            return Bucket($"share:{http.Connection.RemoteIpAddress}", options.SharePagePerAddressPerMinute);
        if (!http.Request.Path.StartsWithSegments("/api"))
            return RateLimitPartition.GetNoLimiter("");
        var header = http.Request.Headers.Authorization.ToString();
        var initData = header.StartsWith(TmaAuth.Scheme + " ", StringComparison.OrdinalIgnoreCase)
            ? header[(TmaAuth.Scheme.Length + 1)..]
            : null;
        if (
            initData is not null
            && http.RequestServices.GetRequiredService<InitDataValidator>().Validate(initData).Profile is { } user
        )
            return Bucket($"user:{user.TelegramId.ToString(CultureInfo.InvariantCulture)}", options.PerUserPerMinute);
        return Bucket($"address:{http.Connection.RemoteIpAddress}", options.PerAddressPerMinute);
    }

    private static RateLimitPartition<string> Bucket(string key, int perMinute)
    {
        var limit = Math.Max(1, perMinute);
        return RateLimitPartition.GetTokenBucketLimiter(
            key,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / limit,
                QueueLimit = 0,
                AutoReplenishment = true,
            }
        );
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http
            .RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"Slow down: try again in {seconds} s.",
                        Extensions = { ["error"] = "rate_limited", ["retry_after_seconds"] = seconds },
                    },
                }
            );
    }
}
