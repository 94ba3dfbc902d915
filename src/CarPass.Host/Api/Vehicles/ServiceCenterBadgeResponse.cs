using CarPass.Domain.ServiceCenters;

namespace CarPass.Host.Api.Vehicles;

/// <summary>The trust badge shown on a visit: level words only, no numbers.</summary>
public sealed record ServiceCenterBadgeResponse(
    Guid ServiceCenterId,
    string Name,
    bool Verified,
    TrustLevel TrustLevel,
    string TrustLevelText
);
