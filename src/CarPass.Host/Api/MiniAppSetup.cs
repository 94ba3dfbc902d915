using CarPass.Data.Scores;
using CarPass.Data.Timeline;
using CarPass.Host.Api.Charging;
using CarPass.Host.Api.DeepLinks;
using CarPass.Host.Api.Export;
using CarPass.Host.Api.Internal;
using CarPass.Host.Api.Knowledge;
using CarPass.Host.Api.Me;
using CarPass.Host.Api.Reports;
using CarPass.Host.Api.ServiceCenters;
using CarPass.Host.Api.Settings;
using CarPass.Host.Api.Vehicles;
using CarPass.Host.Auth;
using CarPass.Host.Dev;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CarPass.Host.Api;

/// <summary>Wires the Mini App's HTTP API: initData auth, JSON, problem answers, endpoints, dev helper.</summary>
internal static class MiniAppSetup
{
    public static WebApplicationBuilder AddMiniApp(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotLinkOptions>().BindConfiguration(BotLinkOptions.Section);
        services
            .AddOptions<InternalOptions>()
            .BindConfiguration(InternalOptions.Section)
            .Validate(
                o => o.IsAcceptable,
                $"Internal:ApiKey must be at least {InternalOptions.MinimumKeyLength} characters (for example `openssl rand -hex 32`), or empty to switch the internal endpoints off."
            )
            .ValidateOnStart();
        services.AddSingleton<SigningToken>();
        services.AddSingleton<InitDataValidator>();
        services.AddSingleton<DeepLinkBuilder>();
        services.AddScoped<CurrentUserResolver>();
        services
            .AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TmaAuthenticationHandler>(TmaAuth.Scheme, null);
        services
            .AddAuthorizationBuilder()
            .AddPolicy(TmaAuth.Policy, p => p.AddAuthenticationSchemes(TmaAuth.Scheme).RequireAuthenticatedUser());
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddProblemDetails();
        // A client mistake (a malformed query value or body) is a 400 problem in every environment.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        return builder;
    }

    public static WebApplication MapMiniApp(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        // The address printed at start is the Mini App's home; a bare 404 there helps no one.
        app.MapGet("/", () => TypedResults.Redirect("/app/")).ExcludeFromDescription();
        app.MapGroup("/api")
            .RequireAuthorization(TmaAuth.Policy)
            .MapMeApi()
            .MapVehiclesApi()
            .MapChargingApi()
            .MapKnowledgeApi()
            .MapServiceCentersApi()
            .MapSettingsApi()
            .MapExportApi()
            .MapReportsApi();
        app.MapInternalApi(app.Services.GetRequiredService<IOptions<InternalOptions>>().Value.ApiKey);
        app.MapDevApi();
        return app;
    }
}
