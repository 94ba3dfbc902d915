namespace CarPass.Host.Jobs;

/// <summary>The Jobs:* settings: schedules (cron, UTC), the Hangfire server, and the dashboard's local rule.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server in this process; another instance sharing the storage may run it instead.</summary>
    public bool ServerEnabled { get; set; } = true;
    public int WorkerCount { get; set; } = 2;
    public string SweepCron { get; set; } = "15 * * * *";
    public string SenderCron { get; set; } = "* * * * *";
    public string RecomputeCron { get; set; } = "30 3 * * *";
    public string CleanupCron { get; set; } = "45 4 * * *";

    /// <summary>
    /// How long handled update ids are kept: longer than Telegram keeps an undelivered update (24 h),
    /// shorter than the week after which it may start update ids afresh.
    /// </summary>
    public int KeepHandledUpdatesHours { get; set; } = 72;

    /// <summary>
    /// With in-memory job storage: how long the one job server's lease lasts. A restart after a crash
    /// waits at most this long; a second live job server is refused after it.
    /// </summary>
    public int SingleServerLeaseSeconds { get; set; } = 20;

    /// <summary>
    /// Outside Production, let requests from this machine into /hangfire without initData; never a
    /// request that came through a proxy (Security/LocalCaller).
    /// </summary>
    public bool DashboardAllowLocal { get; set; }

    /// <summary>How old an operator's initData may be to open the dashboard (/hangfire/login or a tma header).</summary>
    public int DashboardInitDataMaxAgeSeconds { get; set; } = 300;
}
