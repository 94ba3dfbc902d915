using CarPass.Data.Timeline;
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
        return api;
    }

    public static async Task<Results<Ok<TrustScoreResponse>, NotFound>> GetTrustScoreAsync(
        [FromRoute(Name = "service_center_id")] Guid centerId,
        CurrentUser user,
        CenterTrustReader centers,
        TimeProvider clock,
        CancellationToken ct
    )
    {
        var found = await centers.ForUserAsync(user.Id, centerId, clock.GetUtcNow().UtcDateTime, ct);
        if (found is not ({ } center, var isStaff))
            return TypedResults.NotFound();
        var texts = new Texts(user.Language);
        var trust = center.Trust;
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
                    : null
            )
        );
    }
}
