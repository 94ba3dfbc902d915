using CarPass.Data.Scores;
using CarPass.Domain.ServiceCenters;

namespace CarPass.Data.ServiceCenters;

/// <summary>
/// Centre trust has one path: the service_center_scores row, written in the transaction of every
/// write that changes what trust counts (visits, disputes, verification, staff, grants, searches)
/// and refreshed for all centres by the nightly recompute (docs/SERVICE_LOOP.md, "Centre trust").
/// </summary>
internal static class StoredTrustReader
{
    public static TrustResult Of(ServiceCenterScore? row, VerificationStatus verification) =>
        row is null
            ? TrustScorer.Score(WithoutHistory(verification))
            : new TrustResult(
                row.TrustScore,
                row.TrustLevel,
                row.ConfirmedVisitsCount,
                row.ConfirmationRate,
                row.DisputeRate
            );

    /// <summary>A centre is scored the moment it is registered; one without a row yet has no history to count.</summary>
    private static ServiceCenterSnapshot WithoutHistory(VerificationStatus verification) =>
        new(Guid.Empty, verification, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
