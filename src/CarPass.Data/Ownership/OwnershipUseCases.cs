using CarPass.Data.Access;
using CarPass.Data.ServiceCenters;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Ownership;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Ownership;

/// <summary>
/// Selling the car: the owner makes a one-time link, the buyer accepts, and the passport with its
/// whole history moves. A vehicle has at most one open link (a new one replaces the old one), the
/// seller can cancel it, and it expires after <see cref="LinkLifetime"/>.
/// </summary>
public sealed class OwnershipUseCases(WriteRunner writes, VehicleAccessReader access, TransferLinkReader links)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    public Task<Outcome<VehicleTransfer>> OfferAsync(Guid ownerUserId, Guid vehicleId, CancellationToken ct) =>
        writes.RunAsync<VehicleTransfer>(
            ownerUserId,
            async (scope, token) =>
            {
                if (!await access.IsOwnerAsync(ownerUserId, vehicleId, scope.Now, token))
                    return new DomainError(ErrorCodes.VehicleNotFound);
                foreach (var older in await links.OpenForVehicleAsync(vehicleId, scope.Now, token))
                {
                    older.CancelledAt = scope.Now;
                    scope.Record("ownership.link_replaced", nameof(OwnershipTransfer), older.Id, vehicleId);
                }
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
                return new VehicleTransfer(transfer, await links.VehicleNameAsync(vehicleId, token));
            },
            ct
        );

    /// <summary>Only the seller, while they own the car, and only an open link; someone else's link looks closed.</summary>
    public Task<Outcome<VehicleTransfer>> CancelAsync(Guid ownerUserId, Guid transferId, CancellationToken ct) =>
        writes.RunAsync<VehicleTransfer>(
            ownerUserId,
            async (scope, token) =>
            {
                var transfer = await scope.Db.OwnershipTransfers.FirstOrDefaultAsync(
                    t => t.Id == transferId && t.FromUserId == ownerUserId,
                    token
                );
                if (
                    transfer?.StateAt(scope.Now) != TransferOfferState.Open
                    || !await access.IsOwnerAsync(ownerUserId, transfer.VehicleId, scope.Now, token)
                )
                    return new DomainError(OwnershipErrorCodes.TransferNotOpen);
                transfer.CancelledAt = scope.Now;
                scope.Record("ownership.link_cancelled", nameof(OwnershipTransfer), transfer.Id, transfer.VehicleId);
                return new VehicleTransfer(transfer, await links.VehicleNameAsync(transfer.VehicleId, token));
            },
            ct
        );

    /// <summary>What the buyer who opened the link is told before anything changes.</summary>
    public async Task<Outcome<VehicleTransfer>> CheckAsync(
        Guid buyerUserId,
        string code,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        var transfer = await links.ByCodeAsync(code, ct);
        if (await RefusalAsync(transfer, buyerUserId, nowUtc, ct) is { } refused)
            return refused;
        return new VehicleTransfer(transfer!, await links.VehicleNameAsync(transfer!.VehicleId, ct));
    }

    public Task<Outcome<VehicleTransfer>> AcceptAsync(Guid buyerUserId, string code, CancellationToken ct) =>
        writes.RunAsync<VehicleTransfer>(
            buyerUserId,
            async (scope, token) =>
            {
                var transfer = await scope.Db.OwnershipTransfers.FirstOrDefaultAsync(t => t.Code == code, token);
                if (await RefusalAsync(transfer, buyerUserId, scope.Now, token) is { } refused)
                    return refused;
                await OwnershipMove.ToAsync(
                    scope,
                    access,
                    links,
                    transfer!.VehicleId,
                    buyerUserId,
                    transfer.FromUserId,
                    transfer.Id,
                    token
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
                return new VehicleTransfer(transfer, await links.VehicleNameAsync(transfer.VehicleId, token));
            },
            ct
        );

    /// <summary>
    /// Why a link cannot be accepted, most telling reason first. The loser of two accepts at the same
    /// moment is retried by the write path and lands on "already used" or "already transferred".
    /// </summary>
    private async Task<DomainError?> RefusalAsync(
        OwnershipTransfer? transfer,
        Guid buyerUserId,
        DateTime nowUtc,
        CancellationToken ct
    )
    {
        if (transfer is null)
            return new DomainError(ErrorCodes.TransferInvalid);
        if (transfer.AcceptedByUserId == buyerUserId)
            return new DomainError(ErrorCodes.TransferToSelf);
        var state = transfer.StateAt(nowUtc);
        if (state == TransferOfferState.Used)
            return new DomainError(OwnershipErrorCodes.TransferUsed);
        if (!await access.IsOwnerAsync(transfer.FromUserId, transfer.VehicleId, nowUtc, ct))
            return new DomainError(OwnershipErrorCodes.TransferAlreadyDone);
        return state switch
        {
            TransferOfferState.Cancelled => new DomainError(OwnershipErrorCodes.TransferCancelled),
            TransferOfferState.Expired => new DomainError(OwnershipErrorCodes.TransferExpired, transfer.ExpiresAt),
            _ when transfer.FromUserId == buyerUserId => new DomainError(ErrorCodes.TransferToSelf),
            _ => null,
        };
    }
}
