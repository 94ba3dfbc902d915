namespace CarPass.Domain.ServiceCenters;

/// <summary>Thresholds for the trust levels shown to owners (spec section 8).</summary>
public static class TrustLevels
{
    public const int MinConfirmedForVerified = 5;

    public const int MinConfirmedForReliable = 15;
    public const double MinConfirmationRateForReliable = 0.85;
    public const double MaxDisputeRateForReliable = 0.05;
    public const int MaxUnresolvedDisputesForReliable = 1;
    public const double MaxCancellationRateForReliable = 0.10;

    public const int MinConfirmedForHighConfidence = 50;
    public const double MinConfirmationRateForHighConfidence = 0.95;
    public const double MaxDisputeRateForHighConfidence = 0.02;
    public const double MaxCancellationRateForHighConfidence = 0.05;

    /// <summary>Withdrawn visits among every visit the centre proposed and saw decided.</summary>
    public static double CancellationRate(ServiceCenterSnapshot c)
    {
        var proposed = c.ConfirmedVisits + c.RejectedVisits + c.DisputedVisits + c.CancelledVisits;
        return proposed == 0 ? 0 : (double)c.CancelledVisits / proposed;
    }

    public static TrustLevel For(ServiceCenterSnapshot c, double confirmationRate, double disputeRate)
    {
        if (c.Verification != VerificationStatus.Verified || c.ConfirmedVisits < MinConfirmedForVerified)
        {
            return TrustLevel.New;
        }
        var cleanHygiene = c is { UnresolvedDisputes: 0, DisabledEmployeesHoldingGrants: 0, SuspiciousLookups: 0 };
        var cancellationRate = CancellationRate(c);
        if (
            c.ConfirmedVisits >= MinConfirmedForHighConfidence
            && confirmationRate >= MinConfirmationRateForHighConfidence
            && disputeRate <= MaxDisputeRateForHighConfidence
            && cancellationRate <= MaxCancellationRateForHighConfidence
            && cleanHygiene
        )
        {
            return TrustLevel.HighConfidence;
        }
        if (
            c.ConfirmedVisits >= MinConfirmedForReliable
            && confirmationRate >= MinConfirmationRateForReliable
            && disputeRate <= MaxDisputeRateForReliable
            && cancellationRate <= MaxCancellationRateForReliable
            && c.UnresolvedDisputes <= MaxUnresolvedDisputesForReliable
        )
        {
            return TrustLevel.Reliable;
        }
        return TrustLevel.Verified;
    }
}
