using CarPass.Bot.Setup;
using CarPass.Bot.Webhook;
using CarPass.Data.Persistence;
using CarPass.Host.Demo;
using CarPass.Host.Jobs;
using Microsoft.Extensions.FileProviders;

namespace CarPass.Host.Setup;

internal static class HostSetup
{
    public static WebApplicationBuilder AddCarPass(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddJsonFile("appsettings.Local.json", optional: true, reloadOnChange: false);
        builder.Services.AddCarPassData(builder.Configuration.GetConnectionString("CarPass"));
        builder.Services.AddCarPassBot(builder.Configuration);
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddHealthChecks().AddDbContextCheck<CarPassDbContext>("database");
        builder.AddCarPassJobs();
        return builder;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope
            .ServiceProvider.GetRequiredService<DatabaseInitializer>()
            .InitializeAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication MapCarPass(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        app.MapTelegramWebhook();
        app.MapCarPassJobs();
        var webapp = Path.Combine(AppContext.BaseDirectory, "webapp");
        if (Directory.Exists(webapp))
        {
            var files = new PhysicalFileProvider(webapp);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = "/app" });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/app" });
        }
        return app;
    }
}
