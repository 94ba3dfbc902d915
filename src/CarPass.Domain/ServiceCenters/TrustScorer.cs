namespace CarPass.Domain.ServiceCenters;

/// <summary>
/// Service-centre trust as operational quality (spec section 8), never a public rating. High trust
/// needs verified status (section 9): an unverified centre stays New whatever its numbers.
/// </summary>
public static class TrustScorer
{
    public const int VerifiedPoints = 30;
    public const int VolumePoints = 30;
    public const int VolumeCap = 50;
    public const int ConfirmationPoints = 25;
    public const int LowDisputePoints = 15;
    public const int PenaltyPerUnresolvedDispute = 10;
    public const int PenaltyPerDisabledEmployeeWithGrants = 5;
    public const int PenaltyPerSuspiciousLookup = 2;
    public const int MaxSuspiciousLookupPenalty = 20;
    public const int CancellationPenalty = 10;

    public static TrustResult Score(ServiceCenterSnapshot c)
    {
        var decided = c.ConfirmedVisits + c.RejectedVisits + c.DisputedVisits;
        var confirmationRate = Rate(c.ConfirmedVisits, decided);
        var disputeRate = Rate(c.DisputedVisits, decided);
        var verified = c.Verification == VerificationStatus.Verified;

        var score =
            (verified ? VerifiedPoints : 0)
            + VolumePoints * Math.Min(c.ConfirmedVisits, VolumeCap) / (double)VolumeCap
            + ConfirmationPoints * confirmationRate
            + (decided > 0 ? LowDisputePoints * (1 - disputeRate) : 0)
            - PenaltyPerUnresolvedDispute * c.UnresolvedDisputes
            - PenaltyPerDisabledEmployeeWithGrants * c.DisabledEmployeesHoldingGrants
            - Math.Min(MaxSuspiciousLookupPenalty, PenaltyPerSuspiciousLookup * c.SuspiciousLookups)
            - CancellationPenalty * TrustLevels.CancellationRate(c);

        var rounded = (int)Math.Round(Math.Clamp(score, 0, 100), MidpointRounding.AwayFromZero);
        var level = TrustLevels.For(c, confirmationRate, disputeRate);
        return new TrustResult(rounded, level, c.ConfirmedVisits, confirmationRate, disputeRate);
    }

    private static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
