using System.Text.Json;
using CarPass.Data.Access;
using CarPass.Data.Charging;
using CarPass.Domain.Common;
using CarPass.Domain.Texts;
using CarPass.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace CarPass.Host.Api.Charging;

/// <summary>
/// Charging sessions of an electric car or a plug-in hybrid, through the same use case as the bot's
/// /charge. A vehicle the user may not read (or, for a POST, change) answers 404, like a missing one.
/// </summary>
internal static class ChargingApi
{
    public static RouteGroupBuilder MapChargingApi(this RouteGroupBuilder api)
    {
        api.MapGet("/my/vehicles/{vehicle_id:guid}/charging", ListAsync);
        api.MapPost("/my/vehicles/{vehicle_id:guid}/charging", LogAsync);
        return api;
    }

    public static async Task<Results<Ok<ChargingListResponse>, NotFound>> ListAsync(
        [FromRoute(Name = "vehicle_id")] Guid vehicleId,
        CurrentUser user,
        ChargingReader reader,
        CancellationToken ct
    ) =>
        await reader.ListAsync(user.Id, vehicleId, ct) is { } sessions
            ? TypedResults.Ok(new ChargingListResponse([.. sessions.Select(ChargingSessionResponse.Of)]))
            : TypedResults.NotFound();

    public static async Task<Results<Created<ChargingSessionResponse>, NotFound, ProblemHttpResult>> LogAsync(
        [FromRoute(Name = "vehicle_id")] Guid vehicleId,
        HttpRequest request,
        CurrentUser user,
        ChargingUseCases charging,
        VehicleAccessReader access,
        TimeProvider clock,
        IOptions<JsonOptions> json,
        CancellationToken ct
    )
    {
        // Someone else's car answers 404 whatever the body, exactly like a missing one.
        if (await access.FindEditableAsync(user.Id, vehicleId, clock.GetUtcNow().UtcDateTime, ct) is null)
            return TypedResults.NotFound();
        var body = await ReadAsync(request, json.Value, ct);
        if (body is null)
            return Problems.BadRequest(
                "charging_invalid",
                TextCatalog.Get(user.Language, "miniapp.charging.body_invalid")
            );
        if (body.Kwh is not { } kwh)
            return Refused(user, new DomainError(ErrorCodes.KwhOutOfRange, 0, ChargingUseCases.MaxKwh));
        if (body.Place is not { } place)
            return Refused(user, new DomainError(ErrorCodes.ChargingPlaceInvalid));
        var draft = new ChargingDraft(
            kwh,
            place,
            body.PriceMinor,
            body.Currency,
            body.SocBefore,
            body.SocAfter,
            body.OdometerKm,
            body.ChargedAt?.ToUniversalTime()
        );
        var outcome = await charging.LogAsync(user.Id, vehicleId, draft, ct);
        if (!outcome.IsSuccess)
            return outcome.Error.Code == ErrorCodes.VehicleNotFound
                ? TypedResults.NotFound()
                : Refused(user, outcome.Error);
        return TypedResults.Created(
            $"/api/my/vehicles/{vehicleId}/charging",
            ChargingSessionResponse.Of(outcome.Value)
        );
    }

    private static ProblemHttpResult Refused(CurrentUser user, DomainError error) =>
        Problems.BadRequest(error.Code, TextCatalog.Error(user.Language, error));

    /// <summary>A body that is not JSON, or not an object of these fields, is the client's mistake.</summary>
    private static async Task<ChargingRequest?> ReadAsync(HttpRequest request, JsonOptions json, CancellationToken ct)
    {
        try
        {
            return await request.ReadFromJsonAsync<ChargingRequest>(json.SerializerOptions, ct);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
