using CarPass.Data.Access;
using CarPass.Data.WritePath;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Ownership;

/// <summary>
/// The passport changes hands: every live grant of the vehicle ends (owner, co-owners, viewers,
/// centres), the new owner gets it, and links still open for it are closed. The database keeps one
/// live owner per vehicle, so of two moves at the same moment only one commits. A centre whose grant
/// ends is rescored: a grant held by a switched-off employee counts against its trust.
/// </summary>
internal static class OwnershipMove
{
    public static async Task ToAsync(
        WriteScope scope,
        VehicleAccessReader access,
        TransferLinkReader links,
        Guid vehicleId,
        Guid newOwnerUserId,
        Guid grantedByUserId,
        Guid? acceptedTransferId,
        CancellationToken ct
    )
    {
        foreach (var grant in await access.LiveGrants(scope.Now).Where(g => g.VehicleId == vehicleId).ToListAsync(ct))
        {
            grant.RevokedAt = scope.Now;
            grant.RevokedByUserId = scope.ActorUserId;
            if (grant.ServiceCenterId is { } centerId)
                scope.RecomputeCenter(centerId);
        }
        // Written before the new owner grant: the one-owner index checks every statement.
        await scope.Db.SaveChangesAsync(ct);
        scope.Db.VehicleAccessGrants.Add(
            new VehicleAccessGrant
            {
                VehicleId = vehicleId,
                Role = AccessRole.Owner,
                UserId = newOwnerUserId,
                GrantedByUserId = grantedByUserId,
                GrantedAt = scope.Now,
            }
        );
        foreach (var open in await links.OpenForVehicleAsync(vehicleId, scope.Now, ct))
            if (open.Id != acceptedTransferId)
                open.CancelledAt = scope.Now;
        await RevokeShareLinksAsync(scope, vehicleId, ct);
    }

    /// <summary>A sold car's reports stop being shared: the buyer's passport is no longer the seller's to show.</summary>
    private static async Task RevokeShareLinksAsync(WriteScope scope, Guid vehicleId, CancellationToken ct)
    {
        var open = await scope
            .Db.ShareLinks.Where(l => l.VehicleId == vehicleId && l.RevokedAt == null && l.ExpiresAt > scope.Now)
            .ToListAsync(ct);
        foreach (var link in open)
        {
            link.RevokedAt = scope.Now;
            link.RevokedBy = Reports.ShareLinkRevocation.Transfer;
            scope.Audit("report.link_revoked_by_transfer", nameof(Reports.ShareLink), link.Id, vehicleId);
        }
    }
}
