using CarPass.Ocr.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarPass.Ocr;

public static class OcrServiceCollectionExtensions
{
    /// <summary>The OCR engine (one pool of Tesseract handles per process) and <see cref="IOcrService"/>.</summary>
    public static IServiceCollection AddCarPassOcr(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OcrOptions>().Bind(configuration.GetSection(OcrOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IOcrEngine, TesseractEngine>();
        services.AddSingleton<IOcrService, OcrService>();
        return services;
    }
}
