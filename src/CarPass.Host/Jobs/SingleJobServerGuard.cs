using CarPass.Data.Leases;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Jobs;

/// <summary>
/// In-memory job storage is private to one process, so two job servers on one database would each
/// run every job. This guard holds a short lease in the database while the server runs. At start it
/// waits out a lease left by a crashed instance, and refuses to start while another live instance
/// keeps renewing one: scale out with Storage:Provider=postgres instead.
/// </summary>
internal sealed class SingleJobServerGuard(
    IServiceScopeFactory scopes,
    InstanceIdentity instance,
    IOptions<JobsOptions> options,
    ILogger<SingleJobServerGuard> logger
) : BackgroundService
{
    public const string LeaseName = "in-memory-job-server";

    private TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(2, options.Value.SingleServerLeaseSeconds));

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Lease + Lease / 2;
        while (!await LeaseAsync(cancellationToken))
        {
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException(
                    "Another instance already runs the jobs on this database with in-memory job storage. Run the jobs role in one "
                        + "instance only, or use Storage:Provider=postgres, where Hangfire's storage is shared."
                );
            await Task.Delay(Lease / 4, cancellationToken);
        }
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope
                .ServiceProvider.GetRequiredService<NamedLeases>()
                .ReleaseAsync(LeaseName, instance.Id, CancellationToken.None);
        }
        catch (ObjectDisposedException e)
        {
            // The host is already tearing down its services; the lease simply expires.
            logger.LogDebug(e, "Job server lease left to expire");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Lease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!await LeaseAsync(stoppingToken))
                    logger.LogError(
                        "The job server lost its lease to another instance; run the jobs role in one instance only"
                    );
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; StopAsync releases the lease.
        }
    }

    private async Task<bool> LeaseAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<NamedLeases>()
            .TryTakeAsync(LeaseName, instance.Id, Lease, ct);
    }
}
