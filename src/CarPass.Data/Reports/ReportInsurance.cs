namespace CarPass.Data.Reports;

/// <summary>The latest OSAGO policy on record: its last valid day, its number masked, whether it has lapsed.</summary>
public sealed record ReportInsurance(DateTime ExpiresOn, string MaskedNumber, bool Lapsed);
