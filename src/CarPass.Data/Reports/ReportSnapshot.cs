namespace CarPass.Data.Reports;

/// <summary>The figures a report was made with, kept on its link so the public page can say what changed since.</summary>
public sealed record ReportSnapshot(int Completeness, int ConfirmedVisits, int? OdometerKm)
{
    public static ReportSnapshot Of(ReportContent content) =>
        new(
            content.Passport.Completeness.Score,
            content.ConfirmedVisits.Count,
            content.Passport.Maintenance.CurrentOdometerKm
        );
}
