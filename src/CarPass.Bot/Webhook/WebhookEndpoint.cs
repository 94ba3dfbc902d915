using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CarPass.Bot.Loop;
using CarPass.Bot.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bot.Webhook;

/// <summary>
/// POST /telegram/webhook: the secret header is compared in constant time; a wrong one gets 401
/// and nothing is processed. A valid update is applied through the same processor as polling.
/// </summary>
public static class WebhookEndpoint
{
    public const string Path = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        UpdateDispatcher dispatcher,
        IOptions<TelegramOptions> options,
        ILoggerFactory loggers,
        CancellationToken ct
    )
    {
        if (
            !options.Value.IsWebhook
            || !SecretMatches(request.Headers[SecretHeader].ToString(), options.Value.WebhookSecret)
        )
            return Results.Unauthorized();
        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, ct);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (update is null)
            return Results.BadRequest();
        try
        {
            await dispatcher.ProcessAsync(update, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Telegram redelivers on a non-200 answer; the update's transaction was rolled back.
            loggers.CreateLogger(typeof(WebhookEndpoint)).LogError(e, "Webhook update {UpdateId} failed", update.Id);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Ok();
    }

    public static bool SecretMatches(string? given, string? expected) =>
        !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(given ?? ""),
            Encoding.UTF8.GetBytes(expected)
        );
}
