using CarPass.Data.Reports;

namespace CarPass.Report;

/// <summary>A report made for a buyer: its link (the token appears only in <see cref="Url"/>) and the PDF.</summary>
public sealed record MadeReport(ShareLink Link, string Url, byte[] Pdf, string FileName, string VehicleName);
