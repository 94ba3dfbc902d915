using CarPass.Bot.Notifications;
using Hangfire;

namespace CarPass.Host.Jobs;

/// <summary>
/// Runs every minute: drains the nudge outbox, then tells operators of centres waiting for review.
/// A run that finds the previous one still draining gives way instead of queueing up.
/// </summary>
public sealed class NotificationSenderJob(NudgeSender sender, ReviewNoticeSender reviews)
{
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var nudges = await sender.DrainAsync(ct);
        var notices = await reviews.SendDueAsync(ct);
        return notices == 0 ? nudges.ToString() : $"{nudges}; review notices {notices}";
    }
}
