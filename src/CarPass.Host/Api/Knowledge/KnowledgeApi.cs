using CarPass.Data.Documents;
using CarPass.Data.Tyres;
using CarPass.Domain.Documents;
using CarPass.Domain.Tyres;
using CarPass.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CarPass.Host.Api.Knowledge;

/// <summary>
/// A car's documents and tyre sets, for its owner only: a co-owner, a viewer, a service centre or a
/// stranger gets 404, exactly like a car that does not exist. Numbers go out masked; photos not at all.
/// </summary>
internal static class KnowledgeApi
{
    public static RouteGroupBuilder MapKnowledgeApi(this RouteGroupBuilder api)
    {
        var vehicles = api.MapGroup("/my/vehicles");
        vehicles.MapGet("/{vehicle_id:guid}/documents", GetDocumentsAsync);
        vehicles.MapGet("/{vehicle_id:guid}/tyres", GetTyresAsync);
        return api;
    }

    public static async Task<Results<Ok<DocumentsResponse>, NotFound>> GetDocumentsAsync(
        [FromRoute(Name = "vehicle_id")] Guid vehicleId,
        CurrentUser user,
        DocumentReader documents,
        CancellationToken ct
    )
    {
        if (await documents.OwnedAsync(user.Id, vehicleId, ct) is not { } owned)
            return TypedResults.NotFound();
        var texts = new Texts(user.Language);
        var items = owned.Items.Select(d => Document(owned, d, texts)).ToList();
        var osago = DocumentValidity.Latest(owned.Items.Select(d => d.Record), DocumentKind.Osago);
        return TypedResults.Ok(
            new DocumentsResponse(
                vehicleId,
                DateOnly.FromDateTime(owned.Today),
                osago is not null && DocumentValidity.IsLapsed(osago, owned.Today),
                items
            )
        );
    }

    public static async Task<Results<Ok<TyresResponse>, NotFound>> GetTyresAsync(
        [FromRoute(Name = "vehicle_id")] Guid vehicleId,
        CurrentUser user,
        TyreReader tyres,
        CancellationToken ct
    )
    {
        if (await tyres.OwnedAsync(user.Id, vehicleId, ct) is not { } owned)
            return TypedResults.NotFound();
        var texts = new Texts(user.Language);
        var due = owned.SeasonDue;
        var fitted = owned.Fitted?.Season;
        return TypedResults.Ok(
            new TyresResponse(
                vehicleId,
                DateOnly.FromDateTime(owned.Today),
                Day(owned.FirstFrost),
                due,
                due is { } season ? texts.Of("tyre_season", season) : null,
                TyreNudges.For(vehicleId, fitted, owned.FirstFrost, owned.Today) is not null,
                [
                    .. owned.Sets.Select(s => new TyreSetResponse(
                        s.Id,
                        s.Season,
                        texts.Of("tyre_season", s.Season),
                        s.Size,
                        s.Studded,
                        s.IsFitted,
                        Day(s.FittedOn),
                        s.FittedKm,
                        Day(s.RemovedOn)
                    )),
                ]
            )
        );
    }

    private static DocumentResponse Document(OwnedDocuments owned, DocumentView d, Texts texts)
    {
        var status =
            owned.IsLapsed(d) ? (owned.IsRenewed(d) ? "renewed" : "lapsed")
            : owned.DaysLeft(d) <= DocumentNudges.FirstReminderDays ? "expiring"
            : "valid";
        return new DocumentResponse(
            d.Id,
            d.Kind,
            texts.Of("document_kind", d.Kind),
            d.MaskedNumber,
            Day(d.IssuedOn),
            DateOnly.FromDateTime(d.ExpiresOn),
            Math.Max(owned.DaysLeft(d), 0),
            status,
            texts.Get($"document_status.{status}"),
            d.HasPhoto
        );
    }

    private static DateOnly? Day(DateTime? day) => day is { } d ? DateOnly.FromDateTime(d) : null;
}
