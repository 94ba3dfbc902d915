using System.Text.Json;
using CarPass.Bot.Replies;
using CarPass.Bot.Routing;
using CarPass.Bot.Setup;
using CarPass.Data.Reports;
using CarPass.Data.Users;
using CarPass.Domain.Common;
using CarPass.Domain.Reports;
using CarPass.Domain.Texts;
using CarPass.Host.Auth;
using CarPass.Report;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace CarPass.Host.Api.Reports;

/// <summary>
/// Reports from the Mini App, through the same <see cref="ReportMaker"/> as the bot: POST makes the
/// link and has the bot send the PDF to the owner's chat (a Mini App cannot save a file, a chat can);
/// the answer carries the link either way. The owner lists open links with their views and revokes them.
/// </summary>
internal static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/my/vehicles/{vehicle_id:guid}/reports", CreateAsync);
        api.MapGet("/my/share-links", ListAsync);
        api.MapDelete("/my/share-links/{link_id:guid}", RevokeAsync);
        return api;
    }

    public static async Task<Results<Created<ReportCreatedResponse>, NotFound, ProblemHttpResult>> CreateAsync(
        [FromRoute(Name = "vehicle_id")] Guid vehicleId,
        HttpRequest request,
        CurrentUser user,
        ReportMaker maker,
        RecipientReader recipients,
        ITelegramBotClient bot,
        IOptions<TelegramOptions> telegram,
        IOptions<MiniAppOptions> miniApp,
        IOptions<JsonOptions> json,
        ILogger<ReportRequestBody> logger,
        CancellationToken ct
    )
    {
        var texts = new Texts(user.Language);
        ReportRequestBody? body;
        try
        {
            // No body: the defaults (masked, a week, no name); a body that is not JSON is a mistake.
            body =
                request.ContentLength is 0 or null && !request.Headers.TransferEncoding.Any()
                    ? new ReportRequestBody(false, null, false)
                    : await request.ReadFromJsonAsync<ReportRequestBody>(json.Value.SerializerOptions, ct);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            body = null;
        }
        if (body is null)
            return Problems.BadRequest("report_invalid", texts.Get("miniapp.settings.body_invalid"));
        var zone = LocalMoment.ZoneOf((await recipients.UserAsync(user.Id, ct))?.TimeZone);
        var made = await maker.MakeAsync(
            user.Id,
            new ReportRequest(
                vehicleId,
                body.FullIdentity,
                body.Days ?? ShareLinkLifetime.DefaultDays,
                body.ShowFirstName
            ),
            user.Language,
            zone,
            miniApp.Value.Url,
            ct
        );
        if (!made.IsSuccess)
            return made.Error.Code == ErrorCodes.VehicleNotFound
                ? TypedResults.NotFound()
                : Problems.BadRequest(made.Error.Code, TextCatalog.Error(user.Language, made.Error));
        var report = made.Value;
        var sent = telegram.Value.IsEnabled && await SendAsync(bot, user, report, logger, ct);
        return TypedResults.Created(
            $"/api/my/share-links/{report.Link.Id}",
            new ReportCreatedResponse(report.Link.Id, report.Link.ReportId, report.Url, report.Link.ExpiresAt, sent)
        );
    }

    /// <summary>The link is made either way; a chat Telegram refuses only means the PDF did not go out.</summary>
    private static async Task<bool> SendAsync(
        ITelegramBotClient bot,
        CurrentUser user,
        MadeReport report,
        ILogger logger,
        CancellationToken ct
    )
    {
        try
        {
            var caption = Html.Escape(
                TextCatalog.Get(user.Language, "bot.report.caption", report.Link.ReportId, report.VehicleName)
            );
            await ReplySender.SendDocumentAsync(
                bot,
                user.TelegramId,
                new OutgoingDocument(report.FileName, report.Pdf),
                caption,
                ct
            );
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Report {ReportId} could not be sent to its owner's chat", report.Link.ReportId);
            return false;
        }
    }

    public static async Task<Ok<List<ShareLinkResponse>>> ListAsync(
        CurrentUser user,
        ShareLinkReader links,
        CancellationToken ct
    ) =>
        TypedResults.Ok(
            (await links.OpenOfAsync(user.Id, ct))
                .Select(l => new ShareLinkResponse(
                    l.Id,
                    l.VehicleId,
                    l.VehicleName,
                    l.ReportId,
                    l.CreatedAt,
                    l.ExpiresAt,
                    l.ViewCount,
                    l.LastViewedAt
                ))
                .ToList()
        );

    public static async Task<Results<NoContent, NotFound>> RevokeAsync(
        [FromRoute(Name = "link_id")] Guid linkId,
        CurrentUser user,
        ShareLinkUseCases links,
        CancellationToken ct
    ) => (await links.RevokeAsync(user.Id, linkId, ct)).IsSuccess ? TypedResults.NoContent() : TypedResults.NotFound();
}
