using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Ocr;

public static class OcrScanServiceCollectionExtensions
{
    /// <summary>Storing, reading and confirming scans, and the per-person rate limit (<see cref="OcrScanOptions"/>).</summary>
    public static IServiceCollection AddCarPassOcrScans(
        this IServiceCollection services,
        Action<OcrScanOptions>? configure = null
    )
    {
        services.AddOptions<OcrScanOptions>().Configure(options => configure?.Invoke(options));
        services.AddScoped<OcrUseCases>();
        services.AddScoped<OcrRateLimiter>();
        services.AddScoped<ScanReader>();
        return services;
    }
}
