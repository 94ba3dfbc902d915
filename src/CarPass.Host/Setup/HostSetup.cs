using CarPass.Data.Ocr;
using CarPass.Data.Persistence;
using CarPass.Host.Demo;
using CarPass.Host.Telegram;
using CarPass.Ocr;
using Microsoft.Extensions.FileProviders;

namespace CarPass.Host.Setup;

internal static class HostSetup
{
    public static WebApplicationBuilder AddCarPass(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddJsonFile("appsettings.Local.json", optional: true, reloadOnChange: false);
        builder.Services.AddCarPassData(builder.Configuration.GetConnectionString("CarPass"));
        builder.Services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section);
        builder.Services.AddHostedService<TelegramStatusReporter>();
        builder.Services.AddScoped<DemoSeeder>();
        builder
            .Services.AddCarPassOcr(builder.Configuration)
            .AddCarPassOcrScans(o => builder.Configuration.GetSection(OcrScanOptions.Section).Bind(o));
        builder.Services.AddHealthChecks().AddDbContextCheck<CarPassDbContext>("database");
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
