namespace CarPass.Domain.Scoring;

/// <param name="RejectedVisits">Visits the owner refused: an input shown with the history, never a record (docs/SCORING.md).</param>
/// <param name="CancelledVisits">Visits the centre withdrew: likewise shown, never a record.</param>
/// <param name="SameAsVisit">Self-reported entries recognised as a confirmed visit's work and counted once, as the visit.</param>
public sealed record VerifiedHistoryResult(
    int Score,
    VerifiedHistoryStatus Status,
    int TrustedRecords,
    int TotalRecords,
    int ConfirmedVisits,
    int UnresolvedDisputes,
    int RejectedVisits = 0,
    int CancelledVisits = 0,
    int SameAsVisit = 0
)
{
    public double TrustedRatio => TotalRecords == 0 ? 0 : (double)TrustedRecords / TotalRecords;
}
