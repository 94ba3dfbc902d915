namespace CarPass.Host.Api.RateLimits;

/// <summary>
/// RateLimiting:* — how many /api requests one Telegram user (by validated initData) or one address
/// (requests without a valid session) may make. Each is a token bucket: the full minute's allowance
/// at once, then one request back every 60/N seconds. A Mini App screen loads a handful of endpoints,
/// so the defaults stay far from anything a person does.
/// </summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Off only for benchmarks that drive one user far beyond any real client.</summary>
    public bool Enabled { get; set; } = true;

    public int PerUserPerMinute { get; set; } = 300;

    public int PerAddressPerMinute { get; set; } = 120;

    /// <summary>Views of shared reports (/r/…) per address: a buyer opens a few, a token guesser is slowed to a crawl.</summary>
    public int SharePagePerAddressPerMinute { get; set; } = 30;
}
