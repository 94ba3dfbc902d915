using CarPass.Data.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CarPass.Host.Health;

/// <summary>
/// Two probes: <c>/healthz</c> (liveness: the process answers; it touches no database, so a load
/// balancer polling it costs nothing and a slow database never makes a healthy process look dead) and
/// <c>/healthz/ready</c> (readiness: the database answers a query). Neither is rate limited.
/// </summary>
internal static class HealthEndpoints
{
    public const string Live = "/healthz";
    public const string Ready = "/healthz/ready";
    private const string NeedsDatabase = "ready";

    public static IServiceCollection AddCarPassHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<CarPassDbContext>("database", tags: [NeedsDatabase]);
        return services;
    }

    public static WebApplication MapCarPassHealth(this WebApplication app)
    {
        app.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(Ready, new HealthCheckOptions { Predicate = c => c.Tags.Contains(NeedsDatabase) });
        return app;
    }
}
