namespace CarPass.Domain.ServiceCenters;

public sealed record TrustResult(
    int Score,
    TrustLevel Level,
    int ConfirmedVisits,
    double ConfirmationRate,
    double DisputeRate
);
