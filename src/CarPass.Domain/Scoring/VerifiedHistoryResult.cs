namespace CarPass.Domain.Scoring;

public sealed record VerifiedHistoryResult(
    int Score,
    VerifiedHistoryStatus Status,
    int TrustedRecords,
    int TotalRecords,
    int ConfirmedVisits,
    int UnresolvedDisputes
)
{
    public double TrustedRatio => TotalRecords == 0 ? 0 : (double)TrustedRecords / TotalRecords;
}
