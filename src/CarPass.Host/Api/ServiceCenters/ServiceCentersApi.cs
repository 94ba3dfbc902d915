using CarPass.Data.ServiceCenters;
using CarPass.Data.Timeline;
using CarPass.Domain.ServiceCenters;
using CarPass.Host.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CarPass.Host.Api.ServiceCenters;

/// <summary>Service-centre trust as a calm level; no ranking, no public numbers.</summary>
internal static class ServiceCentersApi
{
    public static RouteGroupBuilder MapServiceCentersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/service-centers/{service_center_id:guid}/trust-score", GetTrustScoreAsync);
        api.MapGet("/me/centers", GetMyCentersAsync);
        return api;
    }

    public static async Task<Results<Ok<TrustScoreResponse>, NotFound>> GetTrustScoreAsync(
        [FromRoute(Name = "service_center_id")] Guid centerId,
        CurrentUser user,
        CenterTrustReader centers,
        StaffReader staff,
        CenterReader cards,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var found = await centers.ForUserAsync(user.Id, centerId, clock.GetUtcNow().UtcDateTime, ct);
        if (found is not ({ } center, var isStaff))
            return TypedResults.NotFound();
        var texts = new Texts(user.Language);
        var trust = center.Trust;
        // The same Domain hints, for the same people (managers), as the bot's /center.
        var hints =
            isStaff && await staff.IsManagerAsync(user.Id, centerId, ct)
                ? (await cards.HintsAsync(centerId, ct))
                    .Select(h => new TrustHintResponse(h.Code, h.Count, texts.Get($"trust_hint.{h.Code}", h.Count)))
                    .ToList()
                : null;
        return TypedResults.Ok(
            new TrustScoreResponse(
                center.ServiceCenterId,
                center.Name,
                center.City,
                center.Verified,
                trust.Level,
                texts.Of("trust_level", trust.Level),
                texts.Of("miniapp.trust_level_description", trust.Level),
                isStaff
                    ? new TrustDetailsResponse(
                        trust.Score,
                        trust.ConfirmedVisits,
                        Math.Round(trust.ConfirmationRate, 4),
                        Math.Round(trust.DisputeRate, 4)
                    )
                    : null,
                hints,
                hints is { Count: 0 } ? texts.Get(TrustHints.NoneKey) : null
            )
        );
    }

    public static async Task<Ok<StaffCentersResponse>> GetMyCentersAsync(
        CurrentUser user,
        StaffReader staff,
        CenterReader cards,
        CancellationToken ct
    )
    {
        var texts = new Texts(user.Language);
        var mine = await staff.CentersOfAsync(user.Id, ct);
        var found = await cards.CardsAsync([.. mine.Select(c => c.Id)], ct);
        var centers = new List<StaffCenterResponse>();
        foreach (var center in mine)
        {
            if (!found.TryGetValue(center.Id, out var card))
                continue;
            centers.Add(
                new StaffCenterResponse(
                    card.Id,
                    card.Name,
                    card.City,
                    card.Verification == VerificationStatus.Verified,
                    card.Trust.Level,
                    texts.Of("trust_level", card.Trust.Level),
                    await staff.IsManagerAsync(user.Id, center.Id, ct)
                )
            );
        }
        return TypedResults.Ok(new StaffCentersResponse(centers));
    }
}
