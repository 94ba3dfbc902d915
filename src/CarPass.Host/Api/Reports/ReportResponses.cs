namespace CarPass.Host.Api.Reports;

/// <summary>What the owner chose: VIN and plate in full or masked, the link's days (1–30, 7 when left out), their first name shown or not.</summary>
public sealed record ReportRequestBody(bool FullIdentity, int? Days, bool ShowFirstName);

public sealed record ReportCreatedResponse(Guid Id, string ReportId, string Url, DateTime ExpiresAt, bool SentToChat);

public sealed record ShareLinkResponse(
    Guid Id,
    Guid VehicleId,
    string VehicleName,
    string ReportId,
    DateTime CreatedAt,
    DateTime ExpiresAt,
    int ViewCount,
    DateTime? LastViewedAt
);
