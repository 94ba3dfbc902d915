using CarPass.Data.Access;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Ownership;

/// <summary>
/// Selling the car: the owner makes a one-time link, the buyer accepts, and the passport with its
/// whole history moves. Every earlier grant ends — the seller's, co-owners', viewers' and
/// centres' — and the timeline records the ownership event.
/// </summary>
public sealed class OwnershipUseCases(WriteRunner writes, VehicleAccessQuery access)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    public Task<Outcome<OwnershipTransfer>> OfferAsync(Guid ownerUserId, Guid vehicleId, CancellationToken ct) =>
        writes.RunAsync<OwnershipTransfer>(
            ownerUserId,
            async (scope, token) =>
            {
                if (!await access.IsOwnerAsync(ownerUserId, vehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.VehicleNotFound);
                var transfer = new OwnershipTransfer
                {
                    VehicleId = vehicleId,
                    FromUserId = ownerUserId,
                    Code = TeamUseCases.NewCode(),
                    CreatedAt = scope.Now,
                    ExpiresAt = scope.Now + LinkLifetime,
                };
                scope.Db.OwnershipTransfers.Add(transfer);
                scope.Record("ownership.offered", nameof(OwnershipTransfer), transfer.Id, vehicleId);
                return transfer;
            },
            ct
        );

    public Task<Outcome<OwnershipTransfer>> AcceptAsync(Guid buyerUserId, string code, CancellationToken ct) =>
        writes.RunAsync<OwnershipTransfer>(
            buyerUserId,
            async (scope, token) =>
            {
                var transfer = await scope.Db.OwnershipTransfers.FirstOrDefaultAsync(t => t.Code == code, token);
                if (
                    transfer is null
                    || transfer.AcceptedAt is not null
                    || transfer.CancelledAt is not null
                    || transfer.ExpiresAt <= scope.Now
                    || !await access.IsOwnerAsync(transfer.FromUserId, transfer.VehicleId, scope.Now, token)
                )
                    return new DomainError(ErrorCodes.TransferInvalid);
                if (transfer.FromUserId == buyerUserId)
                    return new DomainError(ErrorCodes.TransferToSelf);
                var live = await access
                    .LiveGrants(scope.Now)
                    .Where(g => g.VehicleId == transfer.VehicleId)
                    .ToListAsync(token);
                foreach (var grant in live)
                {
                    grant.RevokedAt = scope.Now;
                    grant.RevokedByUserId = buyerUserId;
                }
                scope.Db.VehicleAccessGrants.Add(
                    new VehicleAccessGrant
                    {
                        VehicleId = transfer.VehicleId,
                        Role = AccessRole.Owner,
                        UserId = buyerUserId,
                        GrantedByUserId = transfer.FromUserId,
                        GrantedAt = scope.Now,
                    }
                );
                transfer.AcceptedAt = scope.Now;
                transfer.AcceptedByUserId = buyerUserId;
                scope.Record(
                    "ownership.transferred",
                    nameof(OwnershipTransfer),
                    transfer.Id,
                    transfer.VehicleId,
                    data: new { from = transfer.FromUserId, to = buyerUserId }
                );
                scope.RecomputeUser(transfer.FromUserId);
                return transfer;
            },
            ct
        );
}
