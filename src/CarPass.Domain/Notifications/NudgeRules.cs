namespace CarPass.Domain.Notifications;

/// <summary>The numbers of the notification policy; the defaults are the spec's "quiet" reading.</summary>
public sealed record NudgeRules
{
    /// <summary>At most one non-critical nudge per vehicle in this span.</summary>
    public TimeSpan NonCriticalCooldown { get; init; } = TimeSpan.FromDays(7);

    /// <summary>A critical nudge about the same thing repeats no sooner than this.</summary>
    public TimeSpan CriticalCooldown { get; init; } = TimeSpan.FromHours(72);

    /// <summary>A critical nudge about the same thing is sent at most this many times in all.</summary>
    public int CriticalMaxSends { get; init; } = 3;

    /// <summary>A confirmation request is reminded of only once it has waited this long since it was told.</summary>
    public TimeSpan PendingGrace { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Reminders a confirmation request gets after its first notice.</summary>
    public int RequestReminders { get; init; } = 1;
}
