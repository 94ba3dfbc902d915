using CarPass.Host.Api.Internal;
using CarPass.Host.Jobs.Dashboard;
using CarPass.Host.Jobs.Operator;
using CarPass.Host.Jobs.Recompute;
using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Jobs;

/// <summary>
/// Hangfire in the host: its own storage instance and activator per host (Hangfire keeps both in
/// statics, which two hosts in one process would otherwise share), the recurring jobs, the
/// trigger endpoint and the operators' dashboard.
/// </summary>
internal static class JobsSetup
{
    /// <param name="runServer">This instance has the jobs role (Host:Roles); Jobs:ServerEnabled can still turn the server off.</param>
    public static WebApplicationBuilder AddCarPassJobs(this WebApplicationBuilder builder, bool runServer)
    {
        var services = builder.Services;
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section);
        services.AddScoped<MaintenanceSweepJob>();
        services.AddScoped<NotificationSenderJob>();
        services.AddScoped<ScoreRecomputeJob>();
        services.AddScoped<HandledUpdatesCleanupJob>();
        services.AddScoped<NightlyRecompute>();
        services.AddSingleton<OperatorInitData>();
        services.AddSingleton<DashboardAccess>();
        services.AddAuthentication().AddDashboardLogin();

        // Created after Hangfire's configuration, so the storage's loggers come from this host.
        services.AddSingleton<JobStorage>(sp =>
        {
            sp.GetRequiredService<IGlobalConfiguration>();
            return JobStorageFactory.Create(builder.Configuration);
        });
        services.AddHangfire(
            (sp, c) =>
                c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                    .UseSimpleAssemblyNameTypeSerializer()
                    .UseRecommendedSerializerSettings()
                    .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
        );
        services.AddHostedService<RecurringJobsRegistrar>();
        var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (runServer && jobs.ServerEnabled && !JobStorageFactory.IsShared(builder.Configuration))
            services.AddHostedService<SingleJobServerGuard>();
        if (runServer && jobs.ServerEnabled)
            services.AddHangfireServer(
                (provider, o) =>
                {
                    o.WorkerCount = Math.Max(1, jobs.WorkerCount);
                    o.Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
                }
            );
        return builder;
    }

    public static WebApplication MapCarPassJobs(this WebApplication app)
    {
        app.MapJobTrigger(app.Services.GetRequiredService<IOptions<InternalOptions>>().Value.ApiKey);
        app.MapDashboardLogin();
        app.MapHangfireDashboard(
            "/hangfire",
            new DashboardOptions
            {
                AsyncAuthorization = [app.Services.GetRequiredService<DashboardAccess>()],
                DisplayStorageConnectionString = false,
            },
            app.Services.GetRequiredService<JobStorage>()
        );
        return app;
    }
}
