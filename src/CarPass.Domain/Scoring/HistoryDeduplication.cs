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
            // Counted entries are in date order: only the last ones can lie within the window.
            var duplicate = false;
            for (var i = counted.Count - 1; i >= 0 && entry.Date - counted[i].Date <= SelfReportedWindow; i--)
            {
                var c = counted[i];
                if (c.Kind == entry.Kind && OdometerAgrees(c.OdometerKm, entry.OdometerKm))
                {
                    duplicate = true;
                    break;
                }
            }
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
        // Each centre's counted visits by visit date, so only those within a day are compared.
        var byCenter = new Dictionary<Guid, List<VisitRecord>>();
        foreach (var visit in visits.OrderBy(v => v.CreatedAt))
        {
            if (!byCenter.TryGetValue(visit.ServiceCenterId, out var same))
                byCenter[visit.ServiceCenterId] = same = [];
            var at = FirstOnOrAfter(same, visit.VisitDate - VisitWindow);
            var duplicate = false;
            for (var i = at; i < same.Count && same[i].VisitDate - visit.VisitDate <= VisitWindow; i++)
            {
                if (OdometerAgrees(same[i].OdometerKm, visit.OdometerKm))
                {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate)
            {
                counted.Add(visit);
                same.Insert(FirstOnOrAfter(same, visit.VisitDate), visit);
            }
        }
        return counted;
    }

    private static int FirstOnOrAfter(List<VisitRecord> byDate, DateTime date)
    {
        var (low, high) = (0, byDate.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (byDate[middle].VisitDate < date)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    private static bool OdometerAgrees(int? a, int? b) => a is null || b is null || a == b;
}
