using CarPass.Data.Access;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Reports;

/// <summary>
/// A report's public link: only an owner makes one, for 1–30 days; only its maker revokes it; a
/// transfer of the car revokes them all (<see cref="Ownership.OwnershipMove"/>). Every view of an
/// open link is counted and audited.
/// </summary>
public sealed class ShareLinkUseCases(WriteRunner writes, VehicleAccessReader access)
{
    public Task<Outcome<CreatedShareLink>> CreateAsync(
        Guid ownerUserId,
        ReportRequest request,
        ReportSnapshot snapshot,
        CancellationToken ct
    ) =>
        writes.RunAsync<CreatedShareLink>(
            ownerUserId,
            async (scope, token) =>
            {
                if (!ShareLinkLifetime.IsValid(request.Days))
                    return new DomainError(
                        ReportErrorCodes.LinkDaysOutOfRange,
                        ShareLinkLifetime.MinDays,
                        ShareLinkLifetime.MaxDays
                    );
                if (!await access.IsOwnerAsync(ownerUserId, request.VehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.VehicleNotFound);
                var secret = ShareTokens.NewToken();
                var link = new ShareLink
                {
                    VehicleId = request.VehicleId,
                    CreatedByUserId = ownerUserId,
                    TokenHash = ShareTokens.HashOf(secret)!,
                    ReportId = ShareTokens.NewReportId(),
                    FullIdentity = request.FullIdentity,
                    AuthorFirstName = request.ShowFirstName
                        ? await scope
                            .Db.Users.Where(u => u.Id == ownerUserId)
                            .Select(u => u.FirstName)
                            .FirstOrDefaultAsync(token)
                        : null,
                    CreatedAt = scope.Now,
                    ExpiresAt = scope.Now.AddDays(request.Days),
                    CompletenessAtReport = snapshot.Completeness,
                    ConfirmedVisitsAtReport = snapshot.ConfirmedVisits,
                    OdometerKmAtReport = snapshot.OdometerKm,
                };
                if (string.IsNullOrWhiteSpace(link.AuthorFirstName))
                    link.AuthorFirstName = null;
                scope.Db.ShareLinks.Add(link);
                scope.Audit(
                    "report.link_created",
                    nameof(ShareLink),
                    link.Id,
                    link.VehicleId,
                    new
                    {
                        days = request.Days,
                        full = request.FullIdentity,
                        name = request.ShowFirstName,
                    }
                );
                return new CreatedShareLink(link, secret);
            },
            ct
        );

    /// <summary>Only the link's maker, and only while it is open; anything else reads the same.</summary>
    public Task<Outcome<ShareLink>> RevokeAsync(Guid userId, Guid linkId, CancellationToken ct) =>
        writes.RunAsync<ShareLink>(
            userId,
            async (scope, token) =>
            {
                var link = await scope.Db.ShareLinks.FirstOrDefaultAsync(
                    l => l.Id == linkId && l.CreatedByUserId == userId,
                    token
                );
                if (link is null || !link.IsOpenAt(scope.Now))
                    return new DomainError(ReportErrorCodes.LinkNotOpen);
                link.RevokedAt = scope.Now;
                link.RevokedBy = ShareLinkRevocation.Owner;
                scope.Audit("report.link_revoked", nameof(ShareLink), link.Id, link.VehicleId);
                return link;
            },
            ct
        );

    /// <summary>
    /// Someone opened the public page: an open link's view is counted and audited (no viewer is
    /// identified). Unknown, expired and revoked tokens are all "not shared", and change nothing.
    /// </summary>
    public Task<Outcome<ShareLink>> ViewAsync(string? token, CancellationToken ct) =>
        writes.RunAsync<ShareLink>(
            null,
            async (scope, cancel) =>
            {
                var hash = ShareTokens.HashOf(token);
                var link = hash is null
                    ? null
                    : await scope.Db.ShareLinks.FirstOrDefaultAsync(l => l.TokenHash == hash, cancel);
                if (link is null || !link.IsOpenAt(scope.Now))
                    return new DomainError(ReportErrorCodes.LinkNotOpen);
                link.ViewCount++;
                link.LastViewedAt = scope.Now;
                scope.Audit("report.link_viewed", nameof(ShareLink), link.Id, link.VehicleId);
                return link;
            },
            ct
        );
}
