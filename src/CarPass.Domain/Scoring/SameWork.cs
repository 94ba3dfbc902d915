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
}
