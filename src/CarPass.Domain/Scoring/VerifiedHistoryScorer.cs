using CarPass.Domain.Vehicles;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Scoring;

/// <summary>
/// How trustworthy the service history is (spec section 7). Only confirmed visits at verified
/// centres are trusted; owner entries and pending visits never are (section 9). An owner's entry
/// that repeats a confirmed visit's work is that visit, counted once. Rejected and cancelled visits
/// are reported beside the history but are never records: refusing a wrong claim costs the owner nothing.
/// </summary>
public static class VerifiedHistoryScorer
{
    public const int VerifiedPercent = 80;
    public const int PartiallyVerifiedPercent = 30;
    public const int PenaltyPerUnresolvedDispute = 15;

    public static VerifiedHistoryResult Score(VehicleSnapshot s)
    {
        var ownEntries = HistoryDeduplication.SelfReported(s.ServiceEntries);
        var selfReported = SameWork.NotInConfirmedVisits(ownEntries, s.Visits);
        var visits = HistoryDeduplication.Visits(
            s.Visits.Where(v => v.Status is VisitStatus.Confirmed or VisitStatus.Disputed)
        );
        var confirmed = visits.Count(v => v.Status == VisitStatus.Confirmed);
        var trusted = visits.Count(v => v.Status == VisitStatus.Confirmed && v.CenterVerified);
        var total = selfReported.Count + visits.Count;
        // Counted over every visit, before de-duplication: a duplicate must never hide a dispute.
        var disputes = s.Visits.Count(v => v.HasUnresolvedDispute || v.Status == VisitStatus.Disputed);

        var score = total == 0 ? 0 : Percent(trusted, total) - PenaltyPerUnresolvedDispute * disputes;
        return new VerifiedHistoryResult(
            Math.Clamp(score, 0, 100),
            StatusFor(trusted, total, confirmed, disputes),
            trusted,
            total,
            confirmed,
            disputes,
            s.Visits.Count(v => v.Status == VisitStatus.Rejected),
            s.Visits.Count(v => v.Status == VisitStatus.Cancelled),
            ownEntries.Count - selfReported.Count
        );
    }

    private static VerifiedHistoryStatus StatusFor(int trusted, int total, int confirmed, int disputes)
    {
        // Integer comparison keeps 80 % exact: 4 of 5 is verified, 79 of 100 is not.
        if (total > 0 && trusted * 100 >= VerifiedPercent * total && disputes == 0)
        {
            return VerifiedHistoryStatus.Verified;
        }
        if (confirmed >= 1 || (total > 0 && trusted * 100 >= PartiallyVerifiedPercent * total))
        {
            return VerifiedHistoryStatus.PartiallyVerified;
        }
        return VerifiedHistoryStatus.SelfReported;
    }

    private static int Percent(int part, int whole) =>
        (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}
