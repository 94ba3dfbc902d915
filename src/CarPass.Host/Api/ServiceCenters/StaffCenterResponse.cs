using CarPass.Domain.ServiceCenters;

namespace CarPass.Host.Api.ServiceCenters;

/// <summary>GET /api/me/centers: a centre the user works at, with its level; <c>manager</c> also sees what would raise it.</summary>
public sealed record StaffCenterResponse(
    Guid ServiceCenterId,
    string Name,
    string City,
    bool Verified,
    TrustLevel TrustLevel,
    string TrustLevelText,
    bool Manager
);

public sealed record StaffCentersResponse(IReadOnlyList<StaffCenterResponse> Centers);
