using CarPass.Bot.Setup;
using CarPass.Bot.Webhook;
using CarPass.Data.Lookup;
using CarPass.Data.Ocr;
using CarPass.Data.Passports;
using CarPass.Data.Persistence;
using CarPass.Host.Api;
using CarPass.Host.Api.RateLimits;
using CarPass.Host.Demo;
using CarPass.Host.Health;
using CarPass.Host.Jobs;
using CarPass.Host.Security;
using CarPass.Host.Security.Keys;
using CarPass.Host.SharePage;
using CarPass.Ocr;
using Microsoft.Extensions.FileProviders;

namespace CarPass.Host.Setup;

internal static class HostSetup
{
    public static WebApplicationBuilder AddCarPass(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddJsonFile("appsettings.Local.json", optional: true, reloadOnChange: false);
        builder.Services.AddCarPassData(
            builder.Configuration["Storage:Provider"] ?? StorageRegistration.Sqlite,
            builder.Configuration.GetConnectionString("CarPass")
        );
        var roles = HostRoles.From(builder.Configuration);
        builder.Services.AddSingleton(roles);
        builder.Services.AddCarPassBot(builder.Configuration, runUpdateWorkers: roles.Bot);
        builder.Services.Configure<LookupLimits>(builder.Configuration.GetSection(LookupLimits.Section));
        builder.Services.AddScoped<DemoSeeder>().AddScoped<DemoKnowledgeSeeder>();
        builder
            .Services.AddCarPassOcr(builder.Configuration)
            .AddCarPassOcrScans(o => builder.Configuration.GetSection(OcrScanOptions.Section).Bind(o));
        builder.Services.Configure<ReadModelOptions>(builder.Configuration.GetSection(ReadModelOptions.Section));
        builder.Services.AddCarPassHealth();
        builder.AddCarPassForwardedHeaders();
        builder.AddCarPassDataProtection();
        builder.AddMiniApp();
        builder.AddApiRateLimiting();
        builder.AddCarPassJobs(runServer: roles.Jobs);
        return builder;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope
            .ServiceProvider.GetRequiredService<DatabaseInitializer>()
            .InitializeAsync(app.Lifetime.ApplicationStopping);
        await DataProtectionSetup.InitializeKeysAsync(app.Services, app.Lifetime.ApplicationStopping);
    }

    /// <summary>
    /// The pipeline in its order: the client's real address and scheme first (trusted proxies only),
    /// then the rate limiter (it judges initData itself), routing and authentication.
    /// </summary>
    public static WebApplication MapCarPass(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseRateLimiter();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapCarPassHealth();
        var roles = app.Services.GetRequiredService<HostRoles>();
        if (roles.Bot)
            app.MapTelegramWebhook();
        app.MapCarPassJobs();
        if (!roles.Api)
            return app;
        var webapp = Path.Combine(AppContext.BaseDirectory, "webapp");
        if (Directory.Exists(webapp))
        {
            var files = new PhysicalFileProvider(webapp);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = "/app" });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/app" });
        }
        app.MapMiniApp();
        app.MapSharePage();
        return app;
    }
}
