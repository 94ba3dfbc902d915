using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Report;

public static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddCarPassReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section);
        services.AddScoped<ReportMaker>();
        return services;
    }
}
