namespace CarPass.Data.Reports;

public sealed record OpenShareLink(
    Guid Id,
    Guid VehicleId,
    string VehicleName,
    string ReportId,
    DateTime CreatedAt,
    DateTime ExpiresAt,
    int ViewCount,
    DateTime? LastViewedAt
);
