using CarPass.Data.Tyres;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Documents;

/// <summary>Documents that expire and seasonal tyres: their use cases and readers.</summary>
public static class DocumentDataServices
{
    public static IServiceCollection AddDocumentsAndTyres(this IServiceCollection services)
    {
        services.AddScoped<DocumentUseCases>();
        services.AddScoped<DocumentReader>();
        services.AddScoped<TyreUseCases>();
        services.AddScoped<TyreReader>();
        return services;
    }
}
