using CarPass.Domain.ServiceCenters;

namespace CarPass.Host.Api.ServiceCenters;

/// <summary>
/// GET /api/service-centers/{service_center_id}/trust-score. Owners get level words only; the
/// numbers (<see cref="Details"/>) go to the centre's own staff, never to the public.
/// </summary>
public sealed record TrustScoreResponse(
    Guid ServiceCenterId,
    string Name,
    string City,
    bool Verified,
    TrustLevel TrustLevel,
    string TrustLevelText,
    string TrustLevelDescription,
    TrustDetailsResponse? Details
);
