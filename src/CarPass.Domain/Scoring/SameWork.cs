using CarPass.Domain.Maintenance;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Scoring;

/// <summary>
/// An owner who logs the oil change a centre already recorded and they confirmed has logged the
/// same work, not a second service: same kind, within two weeks and 1,000 km of the visit (or
/// without an odometer on either side). docs/SCORING.md, duplicate windows.
/// </summary>
public static class SameWork
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(14);
    public const int WindowKm = 1_000;

    public static bool AsConfirmedVisit(ServiceRecord entry, VisitRecord visit) =>
        visit.Status == VisitStatus.Confirmed
        && (entry.Date - visit.VisitDate).Duration() <= Window
        && (
            entry.OdometerKm is not { } entryKm
            || visit.OdometerKm is not { } visitKm
            || Math.Abs(entryKm - visitKm) <= WindowKm
        )
        && visit.WorkKinds.Contains(entry.Kind);

    /// <summary>
    /// The entries that are not the same work as a confirmed visit. Each entry is compared only with
    /// the visits inside its window (visits sorted by date, the window found by binary search), so a
    /// long history costs n log n, not entries × visits.
    /// </summary>
    public static List<ServiceRecord> NotInConfirmedVisits(
        IEnumerable<ServiceRecord> entries,
        IEnumerable<VisitRecord> visits
    )
    {
        var confirmed = visits.Where(v => v.Status == VisitStatus.Confirmed).OrderBy(v => v.VisitDate).ToArray();
        var dates = Array.ConvertAll(confirmed, v => v.VisitDate);
        return [.. entries.Where(e => !MatchesInWindow(e, confirmed, dates))];
    }

    private static bool MatchesInWindow(ServiceRecord entry, VisitRecord[] confirmed, DateTime[] dates)
    {
        var start = Array.BinarySearch(dates, entry.Date - Window);
        if (start < 0)
            start = ~start;
        while (start > 0 && dates[start - 1] >= entry.Date - Window)
            start--;
        for (var i = start; i < confirmed.Length && dates[i] <= entry.Date + Window; i++)
            if (AsConfirmedVisit(entry, confirmed[i]))
                return true;
        return false;
    }
}
