using CarPass.Data.Reports;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Texts;

namespace CarPass.Report;

/// <summary>The lines the PDF and the public page word alike: a record's date and odometer, a visit's centre and work.</summary>
public sealed record ReportWording(Language Language, TimeZoneInfo Zone)
{
    public string T(string key, params object[] args) => TextCatalog.Get(Language, Zone, key, args);

    public string When(DateTime date, int? km) =>
        km is { } value ? T("report.date_km", date, value) : T("report.date", date);

    public string Kind(ServiceKind kind) => T($"service_kind.{SnakeCase.Of(kind)}");

    public string Center(ReportVisit visit) =>
        T(
            visit.CenterVerified ? "report.verified.center_checked" : "report.verified.center",
            visit.CenterName,
            T($"trust_level.{SnakeCase.Of(visit.CenterTrust)}")
        );

    /// <summary>The work as service kinds, then the centre's own words; empty when it gave neither.</summary>
    public string Work(ReportVisit visit) =>
        string.Join(
            " · ",
            new[] { string.Join(", ", visit.Work.Select(Kind)), visit.WorkItems.Replace('\n', ';').Trim() }.Where(s =>
                s.Length > 0
            )
        );
}
