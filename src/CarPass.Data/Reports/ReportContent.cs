using CarPass.Data.Charts;
using CarPass.Domain.Scoring;

namespace CarPass.Data.Reports;

/// <summary>
/// Everything a report and its public page show for one vehicle, read as the owner who made it:
/// the passport's own scores (never recomputed here), the confirmed visits set apart from what the
/// owner reported alone, the odometer series, consumption, ownership periods, badges and the
/// OSAGO policy (null when none is on record).
/// </summary>
public sealed record ReportContent(
    ReportIdentity Identity,
    PassportResult Passport,
    IReadOnlyList<ReportVisit> ConfirmedVisits,
    IReadOnlyList<ReportServiceEntry> SelfReported,
    IReadOnlyList<OdometerPoint> Odometer,
    ReportConsumption Consumption,
    IReadOnlyList<OwnershipPeriod> Ownership,
    IReadOnlyList<string> Badges,
    DateTime ReadAt,
    ReportInsurance? Insurance = null
);
