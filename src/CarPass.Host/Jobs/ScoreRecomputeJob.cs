using CarPass.Host.Jobs.Recompute;
using Hangfire;

namespace CarPass.Host.Jobs;

public sealed class ScoreRecomputeJob(NightlyRecompute recompute)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<string> RunAsync(CancellationToken ct)
    {
        var (vehicles, centres) = await recompute.RunAsync(ct);
        return $"{vehicles} vehicles and {centres} service centres recomputed";
    }
}
