namespace CarPass.Data.Reports;

/// <summary>What the owner chose for a report: the car, VIN and plate in full or masked, the link's days, their first name or not.</summary>
public sealed record ReportRequest(Guid VehicleId, bool FullIdentity, int Days, bool ShowFirstName);
