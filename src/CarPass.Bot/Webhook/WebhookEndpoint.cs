using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CarPass.Bot.Loop;
using CarPass.Bot.Setup;
using CarPass.Data.Bot;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CarPass.Bot.Webhook;

/// <summary>
/// POST /telegram/webhook: the secret header is compared in constant time; a wrong one gets 401
/// and nothing is recorded. A body over MaxBodyBytes gets 413 before it is parsed. A valid update
/// is recorded in the inbox (once, whichever instance gets it) before the 200, then applied
/// through the same processor as polling.
/// </summary>
public static class WebhookEndpoint
{
    public const string Path = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>An update is a few kilobytes (a message is at most 4096 characters); Kestrel's own limit is 30 MB.</summary>
    public const int MaxBodyBytes = 1 << 20;

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync);
        return app;
    }

    /// <summary>Records the update durably and answers at once; the inbox worker applies it.</summary>
    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        InboxStore inbox,
        InboxSignal signal,
        IOptions<TelegramOptions> options,
        CancellationToken ct
    )
    {
        if (
            !options.Value.IsWebhook
            || !SecretMatches(request.Headers[SecretHeader].ToString(), options.Value.WebhookSecret)
        )
            return Results.Unauthorized();
        if (await WebhookBody.ReadAsync(request, MaxBodyBytes, ct) is not { } json)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (update is null)
            return Results.BadRequest();
        if (await inbox.RecordAsync(update.Id, TelegramUpdates.ChatOf(update), json, ct))
            signal.Notify();
        return Results.Ok();
    }

    public static bool SecretMatches(string? given, string? expected) =>
        !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(given ?? ""),
            Encoding.UTF8.GetBytes(expected)
        );
}
