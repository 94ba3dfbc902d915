using CarPass.Domain.ServiceCenters;

namespace CarPass.Data.ServiceCenters;

/// <summary>A centre as others are shown it: name, city, verification, and its trust as stored by the write path.</summary>
public sealed record CenterCard(
    Guid Id,
    string Name,
    string City,
    VerificationStatus Verification,
    string? VerificationNote,
    TrustResult Trust
);
