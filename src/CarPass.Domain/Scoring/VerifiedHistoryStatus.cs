namespace CarPass.Domain.Scoring;

public enum VerifiedHistoryStatus
{
    SelfReported,
    PartiallyVerified,
    Verified,
}
