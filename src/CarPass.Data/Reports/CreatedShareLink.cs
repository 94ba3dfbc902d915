namespace CarPass.Data.Reports;

/// <summary>A new link and its token: the only moment the token exists outside the report.</summary>
public sealed record CreatedShareLink(ShareLink Link, string Token);
