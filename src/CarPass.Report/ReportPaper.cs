using CarPass.Domain.Texts;

namespace CarPass.Report;

/// <summary>How one report is printed: its language and time zone, its id and public link, who made it and when.</summary>
public sealed record ReportPaper(
    Language Language,
    TimeZoneInfo Zone,
    string ReportId,
    string Url,
    DateTime MadeAt,
    DateTime LinkExpiresAt,
    string? MadeBy,
    bool FullIdentity
)
{
    public ReportWording Words => new(Language, Zone);

    public string T(string key, params object[] args) => Words.T(key, args);
}
