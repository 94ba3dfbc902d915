using CarPass.Data.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPass.Bot.Notifications;

public static class NotificationBotServices
{
    public static IServiceCollection AddNotificationSender(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section);
        services.AddSingleton<NudgeBotClient>();
        // Telegram counts real seconds, so the pacer runs on the system clock even when the business clock is another.
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<NotificationOptions>>().Value;
            return new SendPacer(
                TimeProvider.System,
                o.GlobalPerSecond,
                TimeSpan.FromSeconds(o.PerChatIntervalSeconds)
            );
        });
        services.AddSingleton<NudgeSender>();
        services.AddScoped<RequestNoticeComposer>();
        services.AddSingleton<ReviewNoticeSender>();
        return services;
    }
}
