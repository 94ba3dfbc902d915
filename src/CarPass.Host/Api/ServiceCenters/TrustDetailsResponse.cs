namespace CarPass.Host.Api.ServiceCenters;

/// <summary>The centre's own operational numbers, shown to its staff only.</summary>
public sealed record TrustDetailsResponse(
    int TrustScore,
    int ConfirmedVisits,
    double ConfirmationRate,
    double DisputeRate
);
