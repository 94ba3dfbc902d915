using CarPass.Data.Notifications;
using Hangfire;

namespace CarPass.Host.Jobs;

public sealed class MaintenanceSweepJob(NudgeSweep sweep)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var summary = await sweep.RunAsync(ct);
        return $"{summary.Vehicles} vehicles swept, {summary.Queued} nudges queued";
    }
}
