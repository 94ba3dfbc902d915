using CarPass.Bot.Conversations;
using CarPass.Bot.Flows;
using CarPass.Bot.Flows.Access;
using CarPass.Bot.Flows.AddVehicle;
using CarPass.Bot.Flows.Centers;
using CarPass.Bot.Flows.Garage;
using CarPass.Bot.Flows.Ocr;
using CarPass.Bot.Flows.Ownership;
using CarPass.Bot.Flows.Passport;
using CarPass.Bot.Flows.Settings;
using CarPass.Bot.Flows.Start;
using CarPass.Bot.Flows.Visits;
using CarPass.Bot.Flows.Wizards;
using CarPass.Bot.Loop;
using CarPass.Bot.Notifications;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Bot.Updates;
using CarPass.Bot.Webhook;
using CarPass.Data.Access;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Users;
using CarPass.Ocr;
using CarPass.Report;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CarPass.Bot.Setup;

public static class BotServiceCollectionExtensions
{
    public const string HttpClientName = "telegram";

    /// <param name="runUpdateWorkers">False on instances without the bot role: they can still send, never receive.</param>
    public static IServiceCollection AddCarPassBot(
        this IServiceCollection services,
        IConfiguration configuration,
        bool runUpdateWorkers = true
    )
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section);
        services.AddOptions<MiniAppOptions>().BindConfiguration(MiniAppOptions.Section);
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddOptions<AccessLimits>().BindConfiguration(AccessLimits.Section);
        services.AddOptions<RegistrationLimits>().BindConfiguration(RegistrationLimits.Section);
        services.AddHostedService<BotStatusReporter>();
        // Request URLs contain the token: the Telegram client's requests are never logged.
        services.AddHttpClient(HttpClientName).RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(CreateClient);
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<BotStartup>();
        services.AddSingleton<BotIdentity>();
        AddHandlers(services);
        services.AddNotificationSender();

        var telegram =
            configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        services.AddSingleton<InboxSignal>();
        if (!runUpdateWorkers)
            return services;
        if (telegram.IsEnabled && telegram.IsWebhook)
        {
            services.AddHostedService<WebhookRegistrar>();
            services.AddHostedService<InboxWorker>();
        }
        else if (telegram.IsEnabled)
            services.AddHostedService<PollingWorker>();
        if (
            telegram.IsEnabled
            && (configuration.GetSection(OcrOptions.Section).Get<OcrOptions>()?.WarmUpAtStart ?? true)
        )
            services.AddHostedService<OcrWarmUp>();
        return services;
    }

    private static void AddHandlers(IServiceCollection services)
    {
        services.AddScoped<UpdateProcessor>();
        services.AddScoped<UpdateRouter>();
        services.AddScoped<TextRouter>();
        services.AddScoped<CallbackRouter>();
        services.AddSingleton<PendingPrompts>();
        services.AddScoped<ConversationStore>();
        services.AddScoped<ReplySender>();
        services.AddScoped<FlowStarter>();
        services.AddScoped<FlowSteps>();
        services.AddScoped<IdentitySteps>();
        services.AddScoped<SavedReply>();
        services.AddScoped<NextActions>();
        services.AddScoped<StartHandler>();
        services.AddScoped<GarageHandler>();
        services.AddScoped<Flows.DataFiles.ExportHandler>();
        services.AddScoped<Flows.DataFiles.ImportHandler>();
        services.AddScoped<Flows.DataFiles.ImportDownloader>();
        services.AddScoped<PassportHandler>();
        services.AddScoped<SettingsHandler>();
        services.AddScoped<ServiceCallbackRouter>();
        services.AddScoped<CenterSteps>();
        services.AddScoped<CenterHandler>();
        services.AddScoped<TeamHandler>();
        services.AddScoped<OperatorReviewHandler>();
        services.AddScoped<CenterReviewNotices>();
        services.AddScoped<VisitNotices>();
        services.AddScoped<ChangeNotices>();
        services.AddScoped<AccessNotices>();
        services.AddScoped<VisitAnswerHandler>();
        services.AddScoped<DisputeOpenedNotices>();
        services.AddScoped<DisputeAnsweredNotices>();
        services.AddScoped<DisputeResolvedNotices>();
        services.AddScoped<CenterDidItHandler>();
        services.AddScoped<ChangeDecisionHandler>();
        services.AddScoped<ChangeDecidedNotices>();
        services.AddScoped<AccessHandler>();
        services.AddScoped<AccessDecidedNotices>();
        services.AddScoped<TransferHandler>();
        services.AddScoped<Flows.Reports.ReportHandler>();
        services.AddCarPassReports();
        services.AddScoped<Flows.Claims.ClaimOffer>();
        services.AddScoped<Flows.Claims.ClaimHandler>();
        services.AddScoped<Flows.Claims.ClaimDecidedNotices>();
        services.AddScoped<Flows.Claims.ClaimOpenedNotices>();
        services.AddScoped<Flows.AddVehicle.SharedPlate>();
        services.AddScoped<Flows.VinDecode.VinProposal>();
        services.AddScoped<Flows.VinDecode.VinProposalHandler>();
        services.AddScoped<Flows.Documents.DocumentsHandler>();
        services.AddScoped<Flows.Tyres.TyresHandler>();
        services.AddCarPassBotOcr();
        foreach (var wizard in FlowStarter.WizardTypes)
            services.AddScoped(wizard);
    }

    private static ITelegramBotClient CreateClient(IServiceProvider services)
    {
        var o = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var baseUrl = string.IsNullOrWhiteSpace(o.ApiBaseUrl) ? null : o.ApiBaseUrl;
        // Wait out short 429s only: a long retry_after is handled by the caller, never by blocking here.
        var clientOptions = new TelegramBotClientOptions(o.BotToken, baseUrl) { RetryThreshold = 5, RetryCount = 2 };
        return new TelegramBotClient(
            clientOptions,
            services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)
        );
    }
}
