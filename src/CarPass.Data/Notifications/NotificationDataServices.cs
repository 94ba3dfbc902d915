using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Notifications;

public static class NotificationDataServices
{
    public static IServiceCollection AddNotificationData(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>();
        services.AddScoped<PendingRequestReader>();
        services.AddScoped<RequestNotices>();
        services.AddScoped<OwnerRequestReader>();
        services.AddScoped<SweepReader>();
        services.AddScoped<KnowledgeSweepReader>();
        services.AddScoped<NudgeSweep>();
        services.AddScoped<NudgeRelevance>();
        services.AddScoped<ClaimReader>();
        services.AddScoped<OutboxStore>();
        return services;
    }
}
