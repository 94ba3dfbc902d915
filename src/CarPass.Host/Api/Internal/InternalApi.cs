using System.Text.Json;
using CarPass.Data.Scores;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarPass.Host.Api.Internal;

/// <summary>
/// Operator and job endpoints, mapped only when Internal:ApiKey is set. Both run the recompute use
/// case (one transaction through the write path); "evaluate" is the same pass seen from the badges' side.
/// </summary>
internal static class InternalApi
{
    public const int MaxIds = 1000;

    public static void MapInternalApi(this IEndpointRouteBuilder app, string apiKey)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
            return;
        var api = app.MapGroup("/api/internal").AddEndpointFilter(new InternalKeyFilter(apiKey));
        api.MapPost("/scoring/recompute", RecomputeAsync);
        api.MapPost("/achievements/evaluate", RecomputeAsync);
    }

    /// <summary>The body is read here rather than bound, so the key is checked before anything about the body.</summary>
    public static async Task<Results<Ok<RecomputeResponse>, ProblemHttpResult>> RecomputeAsync(
        HttpRequest http,
        RecomputeUseCases recompute,
        CancellationToken ct
    )
    {
        if (await ReadAsync(http, ct) is not { } request)
            return Problems.BadRequest(
                "body_invalid",
                "Send a JSON object such as {\"vehicle_ids\": [...]} or {\"all\": true}."
            );
        var (vehicles, centers, users) = (
            request.VehicleIds ?? [],
            request.ServiceCenterIds ?? [],
            request.UserIds ?? []
        );
        if (!request.All && vehicles.Count + centers.Count + users.Count == 0)
            return Problems.BadRequest(
                "nothing_to_recompute",
                "List vehicle_ids, service_center_ids or user_ids, or send \"all\": true."
            );
        if (vehicles.Count > MaxIds || centers.Count > MaxIds || users.Count > MaxIds)
            return Problems.BadRequest("too_many_ids", $"At most {MaxIds} ids of each kind per call.");
        var outcome = await recompute.RecomputeAsync(new RecomputeTargets(vehicles, centers, users, request.All), ct);
        if (!outcome.IsSuccess)
            return Problems.Of(StatusCodes.Status409Conflict, outcome.Error.Code, outcome.Error.ToString());
        var done = outcome.Value;
        return TypedResults.Ok(
            new RecomputeResponse(done.Vehicles, done.ServiceCenters, done.Users, done.UnlocksAdded)
        );
    }

    private static async Task<RecomputeRequest?> ReadAsync(HttpRequest http, CancellationToken ct)
    {
        if (!http.HasJsonContentType())
            return null;
        try
        {
            return await http.ReadFromJsonAsync<RecomputeRequest>(ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
