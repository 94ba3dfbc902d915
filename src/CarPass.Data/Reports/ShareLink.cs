namespace CarPass.Data.Reports;

/// <summary>
/// A report's public link. Only the token's SHA-256 is stored: the token itself travels once, in the
/// report and its QR code, so a copy of the database opens nothing. The figures "at the report" let
/// the public page say what changed since the paper was made.
/// </summary>
public sealed class ShareLink
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VehicleId { get; set; }
    public Guid CreatedByUserId { get; set; }
    public string TokenHash { get; set; } = "";

    /// <summary>The short id printed on the report ("R-7KQ2M9XD"), for people to quote; it opens nothing.</summary>
    public string ReportId { get; set; } = "";
    public bool FullIdentity { get; set; }

    /// <summary>The owner's first name as shown on the report, only when they agreed to show it.</summary>
    public string? AuthorFirstName { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public ShareLinkRevocation? RevokedBy { get; set; }
    public int ViewCount { get; set; }
    public DateTime? LastViewedAt { get; set; }
    public int CompletenessAtReport { get; set; }
    public int ConfirmedVisitsAtReport { get; set; }
    public int? OdometerKmAtReport { get; set; }

    public bool IsOpenAt(DateTime nowUtc) => RevokedAt is null && nowUtc < ExpiresAt;
}
