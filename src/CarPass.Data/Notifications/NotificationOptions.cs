using CarPass.Domain.Notifications;

namespace CarPass.Data.Notifications;

/// <summary>The Notifications:* settings: the policy's numbers, the sweep's batches and the sender's limits.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Sends per second over all chats (Telegram allows about 30 for bulk sends).</summary>
    public int GlobalPerSecond { get; set; } = 25;

    /// <summary>Seconds between two sends to the same chat (Telegram allows about one a second).</summary>
    public double PerChatIntervalSeconds { get; set; } = 1;
    public int CriticalCooldownHours { get; set; } = 72;
    public int CriticalMaxSends { get; set; } = 3;
    public int NonCriticalCooldownDays { get; set; } = 7;
    public int PendingGraceHours { get; set; } = 24;
    public int SweepBatchSize { get; set; } = 200;
    public int SendBatchSize { get; set; } = 100;
    public int MaxParallelChats { get; set; } = 8;

    /// <summary>Claims of one row before it is given up as failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>A claim older than this is taken to be from a sender that died, and is claimed again.</summary>
    public int ClaimTimeoutMinutes { get; set; } = 10;

    /// <summary>A 429 asking to wait up to this long is waited out in the chat's own lane; a longer one re-queues the row.</summary>
    public int MaxInlineWaitSeconds { get; set; } = 10;

    public NudgeRules ToRules() =>
        new()
        {
            CriticalCooldown = TimeSpan.FromHours(CriticalCooldownHours),
            CriticalMaxSends = CriticalMaxSends,
            NonCriticalCooldown = TimeSpan.FromDays(NonCriticalCooldownDays),
            PendingGrace = TimeSpan.FromHours(PendingGraceHours),
        };
}
