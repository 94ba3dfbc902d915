using CarPass.Data.Export;
using CarPass.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CarPass.Host.Api.Export;

/// <summary>
/// The owner's data as a file: every vehicle they own or co-own, or one of them, as a ZIP of CSV files
/// or as JSON (docs/EXPORT.md). A vehicle the user may not change answers 404, like a missing one.
/// </summary>
internal static class ExportApi
{
    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/my/export", GetAllAsync);
        api.MapGet("/my/vehicles/{vehicle_id:guid}/export", GetVehicleAsync);
        return api;
    }

    public static Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> GetAllAsync(
        [FromQuery] string? format,
        CurrentUser user,
        ExportReader exports,
        TimeProvider clock,
        CancellationToken ct
    ) => ExportAsync(null, format, user, exports, clock, ct);

    public static Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> GetVehicleAsync(
        [FromRoute(Name = "vehicle_id")] Guid vehicleId,
        [FromQuery] string? format,
        CurrentUser user,
        ExportReader exports,
        TimeProvider clock,
        CancellationToken ct
    ) => ExportAsync(vehicleId, format, user, exports, clock, ct);

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> ExportAsync(
        Guid? vehicleId,
        string? format,
        CurrentUser user,
        ExportReader exports,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        if (ExportFormats.Parse(format) is not { } chosen)
            return Problems.BadRequest("format_invalid", "format must be zip or json.");
        var bundle = await exports.ReadAsync(user.Id, vehicleId, clock.GetUtcNow().UtcDateTime, ct);
        if (bundle is null)
            return TypedResults.NotFound();
        var file = ExportWriter.Write(bundle, chosen);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
