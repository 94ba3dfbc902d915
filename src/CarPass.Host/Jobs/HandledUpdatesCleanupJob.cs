using CarPass.Data.Bot;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Jobs;

public sealed class HandledUpdatesCleanupJob(
    HandledUpdatesCleanup cleanup,
    TimeProvider clock,
    IOptions<JobsOptions> options
)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddHours(-options.Value.KeepHandledUpdatesHours);
        var removed = await cleanup.RemoveHandledBeforeAsync(cutoff, ct);
        return $"{removed.ProcessedUpdates} handled update ids and {removed.InboundUpdates} webhook updates older than {cutoff:u} removed";
    }
}
