using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Bot.Flows.Ocr;

public static class OcrBotServiceCollectionExtensions
{
    /// <summary>Photos in the chat. The OCR engine and the scan use cases are registered by the host.</summary>
    public static IServiceCollection AddCarPassBotOcr(this IServiceCollection services)
    {
        services.AddScoped<PhotoHandler>();
        services.AddScoped<OwnerPhotos>();
        services.AddScoped<OwnerChoices>();
        services.AddScoped<StaffPhotos>();
        services.AddScoped<PhotoScanner>();
        services.AddScoped<PhotoPreparation>();
        services.AddScoped<PreparedPhoto>();
        services.AddSingleton<PhotoSlots>();
        services.AddScoped<ImageDownloader>();
        return services;
    }
}
