using Hangfire;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Jobs;

/// <summary>Puts the recurring jobs in the storage at start, under their stable ids (doing it again changes nothing).</summary>
internal sealed class RecurringJobsRegistrar(IRecurringJobManager jobs, IOptions<JobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        JobCatalog.Schedule(jobs, options.Value);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
