using CarPass.Data.Charts;
using CarPass.Data.Passports;
using CarPass.Data.Timeline;
using CarPass.Domain.Scoring;
using CarPass.Host.Api.DeepLinks;
using CarPass.Host.Api.Vehicles.Charts;
using CarPass.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CarPass.Host.Api.Vehicles;

/// <summary>
/// The user's vehicles. Every vehicle read goes through the shared readers' access checks: a vehicle
/// the user may not read answers 404, exactly like one that does not exist.
/// </summary>
internal static class VehiclesApi
{
    public static RouteGroupBuilder MapVehiclesApi(this RouteGroupBuilder api)
    {
        var vehicles = api.MapGroup("/my/vehicles");
        vehicles.MapGet("/", GetGarageAsync);
        vehicles.MapGet("/{vehicle_id:guid}/score", GetScoreAsync);
        vehicles.MapGet("/{vehicle_id:guid}/timeline", GetTimelineAsync);
        vehicles.MapGet("/{vehicle_id:guid}/charts", GetChartsAsync);
        return api;
    }

    public static async Task<Ok<GarageResponse>> GetGarageAsync(
        CurrentUser user,
        PassportReader passports,
        DeepLinkBuilder links,
        CancellationToken ct
    )
    {
        var texts = new Texts(user.Language);
        var garage = await passports.GarageAsync(user.Id, ct);
        var vehicles = garage
            .Vehicles.Select(v => new VehicleSummaryResponse(
                v.VehicleId,
                v.Name,
                v.Make,
                v.Model,
                v.Year,
                v.Completeness,
                v.Quality,
                texts.Get(ProfileQualityLabel.Key(v.Quality, v.History)),
                v.Health,
                texts.Of("maintenance_status", v.Health),
                v.History,
                texts.Of("history_status", v.History),
                v.ActiveAlerts
            ))
            .ToList();
        var level = garage.Level;
        return TypedResults.Ok(
            new GarageResponse(
                level.GarageQuality,
                vehicles.Sum(v => v.ActiveAlerts),
                level.CompleteGarage,
                level.CompleteGarage ? texts.Get("achievement.complete_garage.title") : null,
                level.ActiveVehicles,
                level.MonthsWithRecords,
                level.MonthsConsidered,
                texts.Get("consistency.summary", level.MonthsWithRecords, level.MonthsConsidered),
                vehicles,
                links.AddVehicle(),
                garage.ComputedAt
            )
        );
    }

    public static async Task<Results<Ok<ScoreResponse>, NotFound>> GetScoreAsync(
        [FromRoute(Name = "vehicle_id")] Guid vehicleId,
        CurrentUser user,
        PassportReader passports,
        DeepLinkBuilder links,
        CancellationToken ct
    ) =>
        await passports.VehicleAsync(user.Id, vehicleId, ct) is { } view
            ? TypedResults.Ok(ScoreMapping.ToResponse(view, new Texts(user.Language), links))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<TimelineResponse>, NotFound, ProblemHttpResult>> GetTimelineAsync(
        [FromRoute(Name = "vehicle_id")] Guid vehicleId,
        [FromQuery] string? cursor,
        [FromQuery] int? limit,
        CurrentUser user,
        TimelineReader timeline,
        CancellationToken ct
    )
    {
        var position = TimelineCursor.TryParse(cursor, user.Id, vehicleId);
        if (cursor is not null && position is null)
            return Problems.BadRequest("cursor_invalid", "The cursor is not one this API gave you for this vehicle.");
        if (limit is < 1 or > TimelineReader.MaxPageSize)
            return Problems.BadRequest("limit_invalid", $"limit must be 1–{TimelineReader.MaxPageSize}.");
        var page = await timeline.ReadAsync(user.Id, vehicleId, position, limit ?? TimelineReader.DefaultPageSize, ct);
        return page is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(TimelineMapping.ToResponse(page, new Texts(user.Language), user.Id, vehicleId));
    }

    public static async Task<Results<Ok<ChartsResponse>, NotFound>> GetChartsAsync(
        [FromRoute(Name = "vehicle_id")] Guid vehicleId,
        CurrentUser user,
        VehicleChartsReader charts,
        CancellationToken ct
    ) =>
        await charts.ReadAsync(user.Id, vehicleId, ct) is { } found
            ? TypedResults.Ok(ChartsMapping.ToResponse(found))
            : TypedResults.NotFound();
}
