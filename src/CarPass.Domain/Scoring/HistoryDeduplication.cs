using CarPass.Domain.Maintenance;
using CarPass.Domain.Visits;

namespace CarPass.Domain.Scoring;

/// <summary>
/// Spec section 9: duplicate low-quality records created in a short window count once. A record is a
/// duplicate of an earlier counted one when it is about the same thing, close in time, and its
/// odometer agrees or is missing on either side.
/// </summary>
public static class HistoryDeduplication
{
    public static readonly TimeSpan SelfReportedWindow = TimeSpan.FromDays(2);
    public static readonly TimeSpan VisitWindow = TimeSpan.FromDays(1);

    /// <summary>Non-deleted self-reported entries, same-kind repeats within two days removed.</summary>
    public static IReadOnlyList<ServiceRecord> SelfReported(IEnumerable<ServiceRecord> entries)
    {
        var counted = new List<ServiceRecord>();
        foreach (var entry in entries.Where(e => !e.IsDeleted).OrderBy(e => e.Date).ThenBy(e => e.CreatedAt))
        {
            var duplicate = counted.Any(c =>
                c.Kind == entry.Kind
                && Within(c.Date, entry.Date, SelfReportedWindow)
                && OdometerAgrees(c.OdometerKm, entry.OdometerKm)
            );
            if (!duplicate)
            {
                counted.Add(entry);
            }
        }
        return counted;
    }

    /// <summary>Visits from the same centre within a day count once; the earliest created wins.</summary>
    public static IReadOnlyList<VisitRecord> Visits(IEnumerable<VisitRecord> visits)
    {
        var counted = new List<VisitRecord>();
        foreach (var visit in visits.OrderBy(v => v.CreatedAt))
        {
            var duplicate = counted.Any(c =>
                c.ServiceCenterId == visit.ServiceCenterId
                && Within(c.VisitDate, visit.VisitDate, VisitWindow)
                && OdometerAgrees(c.OdometerKm, visit.OdometerKm)
            );
            if (!duplicate)
            {
                counted.Add(visit);
            }
        }
        return counted;
    }

    private static bool Within(DateTime a, DateTime b, TimeSpan window) => (a - b).Duration() <= window;

    private static bool OdometerAgrees(int? a, int? b) => a is null || b is null || a == b;
}
