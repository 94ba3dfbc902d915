namespace CarPass.Host.Jobs;

/// <summary>Stable ids of the recurring jobs: used by the schedule, `run-job` and the trigger endpoint.</summary>
public static class JobIds
{
    public const string MaintenanceSweep = "maintenance-sweep";
    public const string NotificationSender = "notification-sender";
    public const string ScoreRecompute = "score-recompute";
    public const string HandledUpdatesCleanup = "handled-updates-cleanup";

    public static readonly IReadOnlyList<string> All =
    [
        MaintenanceSweep,
        NotificationSender,
        ScoreRecompute,
        HandledUpdatesCleanup,
    ];
}
