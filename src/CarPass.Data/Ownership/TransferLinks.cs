using CarPass.Data.Access;
using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Ownership;

/// <summary>Transfer links that can still be accepted: not used, not cancelled, not expired.</summary>
public sealed class TransferLinks(CarPassDbContext db, VehicleAccessQuery access)
{
    public IQueryable<OwnershipTransfer> Open(DateTime nowUtc) =>
        db.OwnershipTransfers.Where(t => t.AcceptedAt == null && t.CancelledAt == null && t.ExpiresAt > nowUtc);

    public Task<OwnershipTransfer?> ByCodeAsync(string code, CancellationToken ct) =>
        db.OwnershipTransfers.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, ct);

    /// <summary>The open links a seller made for vehicles they still own, newest first.</summary>
    public Task<List<OpenTransferLink>> OfSellerAsync(
        Guid sellerUserId,
        Guid? vehicleId,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var owned = access
            .LiveGrants(nowUtc)
            .Where(g => g.UserId == sellerUserId && g.Role == AccessRole.Owner)
            .Select(g => g.VehicleId);
        return (
            from t in Open(nowUtc).AsNoTracking()
            join v in db.Vehicles.AsNoTracking() on t.VehicleId equals v.Id
            where
                t.FromUserId == sellerUserId
                && owned.Contains(t.VehicleId)
                && (vehicleId == null || t.VehicleId == vehicleId)
            orderby t.CreatedAt descending
            select new OpenTransferLink(t.Id, t.VehicleId, v.Name, t.Code, t.ExpiresAt)
        ).ToListAsync(ct);
    }
}
