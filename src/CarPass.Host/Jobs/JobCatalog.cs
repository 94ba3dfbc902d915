using Hangfire;

namespace CarPass.Host.Jobs;

/// <summary>Every recurring job by its stable id: how to schedule it and how to run it at once.</summary>
public static class JobCatalog
{
    public static bool Knows(string jobId) => JobIds.All.Contains(jobId);

    /// <summary>Runs a job in this process now, as `run-job` does; the result is the job's one-line summary.</summary>
    public static Task<string> RunAsync(IServiceProvider services, string jobId, CancellationToken ct) =>
        jobId switch
        {
            JobIds.MaintenanceSweep => services.GetRequiredService<MaintenanceSweepJob>().RunAsync(ct),
            JobIds.NotificationSender => services.GetRequiredService<NotificationSenderJob>().RunAsync(ct),
            JobIds.ScoreRecompute => services.GetRequiredService<ScoreRecomputeJob>().RunAsync(ct),
            JobIds.HandledUpdatesCleanup => services.GetRequiredService<HandledUpdatesCleanupJob>().RunAsync(ct),
            _ => throw new ArgumentOutOfRangeException(nameof(jobId), jobId, "Unknown job"),
        };

    public static void Schedule(IRecurringJobManager jobs, JobsOptions options)
    {
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        jobs.AddOrUpdate<MaintenanceSweepJob>(
            JobIds.MaintenanceSweep,
            j => j.RunAsync(CancellationToken.None),
            options.SweepCron,
            utc
        );
        jobs.AddOrUpdate<NotificationSenderJob>(
            JobIds.NotificationSender,
            j => j.RunAsync(CancellationToken.None),
            options.SenderCron,
            utc
        );
        jobs.AddOrUpdate<ScoreRecomputeJob>(
            JobIds.ScoreRecompute,
            j => j.RunAsync(CancellationToken.None),
            options.RecomputeCron,
            utc
        );
        jobs.AddOrUpdate<HandledUpdatesCleanupJob>(
            JobIds.HandledUpdatesCleanup,
            j => j.RunAsync(CancellationToken.None),
            options.CleanupCron,
            utc
        );
    }
}
