using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Domain.Ownership;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Ownership;

/// <summary>
/// Transfer links that can still be accepted. Whether a link is open is <see cref="TransferOffer"/>'s
/// rule, applied to the links the database still holds unused and uncancelled (a seller has a few).
/// </summary>
public sealed class TransferLinkReader(CarPassDbContext db, VehicleAccessReader access)
{
    /// <summary>The vehicle's open links (tracked, so they can be closed).</summary>
    public async Task<List<OwnershipTransfer>> OpenForVehicleAsync(
        Guid vehicleId,
        DateTime nowUtc,
        CancellationToken ct
    ) =>
        (await Unused().Where(t => t.VehicleId == vehicleId).ToListAsync(ct))
            .Where(t => t.StateAt(nowUtc) == TransferOfferState.Open)
            .ToList();

    public Task<OwnershipTransfer?> ByCodeAsync(string code, CancellationToken ct) =>
        db.OwnershipTransfers.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, ct);

    /// <summary>The name of the car a link moves, as its seller and buyer are shown it ("" when the car is gone).</summary>
    public async Task<string> VehicleNameAsync(Guid vehicleId, CancellationToken ct) =>
        await db.Vehicles.AsNoTracking().Where(v => v.Id == vehicleId).Select(v => v.Name).FirstOrDefaultAsync(ct)
        ?? "";

    /// <summary>The open links a seller made for vehicles they still own, newest first.</summary>
    public async Task<List<OpenTransferLink>> OfSellerAsync(
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
        var links = await (
            from t in Unused().AsNoTracking()
            join v in db.Vehicles.AsNoTracking() on t.VehicleId equals v.Id
            where
                t.FromUserId == sellerUserId
                && owned.Contains(t.VehicleId)
                && (vehicleId == null || t.VehicleId == vehicleId)
            orderby t.CreatedAt descending
            select new { Transfer = t, VehicleName = v.Name }
        ).ToListAsync(ct);
        return links
            .Where(l => l.Transfer.StateAt(nowUtc) == TransferOfferState.Open)
            .Select(l => new OpenTransferLink(
                l.Transfer.Id,
                l.Transfer.VehicleId,
                l.VehicleName,
                l.Transfer.Code,
                l.Transfer.ExpiresAt
            ))
            .ToList();
    }

    private IQueryable<OwnershipTransfer> Unused() =>
        db.OwnershipTransfers.Where(t => t.AcceptedAt == null && t.CancelledAt == null);
}
