using CarPass.Bot.Notifications;
using Hangfire;

namespace CarPass.Host.Jobs;

/// <summary>Runs every minute; a run that finds the previous one still draining gives way instead of queueing up.</summary>
public sealed class NotificationSenderJob(NudgeSender sender)
{
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    public async Task<string> RunAsync(CancellationToken ct) => (await sender.DrainAsync(ct)).ToString();
}
