using CarPass.Data.Access;
using CarPass.Data.Ownership;
using CarPass.Data.Vehicles;
using CarPass.Data.WritePath;
using CarPass.Domain.Common;
using CarPass.Domain.Ownership;
using CarPass.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Claims;

/// <summary>
/// A person whose VIN another passport holds asks for a review. Nobody but the operators sees the
/// claim while it is open; the claimant learns nothing about the other passport, and its owner is
/// asked nothing. One open claim per claimant and passport, a few at most per claimant.
/// </summary>
public sealed class ClaimUseCases(
    WriteRunner writes,
    VehicleAccessReader access,
    VinRegistry vins,
    TransferLinkReader links
)
{
    public const int MaxOpenPerClaimant = 3;

    /// <param name="claimantVehicleId">The claimant's own passport that should carry the VIN, if any.</param>
    public Task<Outcome<OpenedClaim>> OpenAsync(
        Guid claimantUserId,
        string vin,
        Guid? claimantVehicleId,
        CancellationToken ct
    ) =>
        writes.RunAsync<OpenedClaim>(
            claimantUserId,
            async (scope, token) =>
            {
                var parsed = Vin.Validate(vin);
                if (!parsed.IsSuccess)
                    return parsed.Error;
                var editable = access.EditableVehicleIds(claimantUserId, scope.Now);
                if (claimantVehicleId is { } own && !await editable.ContainsAsync(own, token))
                    return new DomainError(ErrorCodes.VehicleNotFound);
                var refused = await vins.RefuseAsync(claimantUserId, parsed.Value, claimantVehicleId, scope.Now, token);
                if (refused?.Code != OwnershipErrorCodes.VinTaken)
                    return refused ?? new DomainError(OwnershipErrorCodes.ClaimNothingToClaim);
                var holder = (await vins.HolderAsync(parsed.Value, claimantVehicleId, token))!;
                var open = scope.Db.VehicleClaims.Where(c =>
                    c.ClaimantUserId == claimantUserId && c.Status == ClaimStatus.Open
                );
                if (await open.FirstOrDefaultAsync(c => c.VehicleId == holder.Id, token) is { } existing)
                    return new OpenedClaim(existing, IsNew: false);
                if (await open.CountAsync(token) >= MaxOpenPerClaimant)
                    return new DomainError(OwnershipErrorCodes.ClaimLimit, MaxOpenPerClaimant);
                var claim = new VehicleClaim
                {
                    Kind = ClaimKind.Vin,
                    VehicleId = holder.Id,
                    Vin = parsed.Value,
                    ClaimantUserId = claimantUserId,
                    ClaimantVehicleId = claimantVehicleId,
                    CreatedAt = scope.Now,
                };
                scope.Db.VehicleClaims.Add(claim);
                // Not on the other passport's trail: its owner is not told about an open claim.
                scope.Record("claim.opened", nameof(VehicleClaim), claim.Id, claimantVehicleId);
                return new OpenedClaim(claim, IsNew: true);
            },
            ct
        );

    /// <summary>
    /// Upheld, a VIN claim takes the VIN off the other passport and onto the claimant's (when they
    /// named one that can take it); a second-owner claim gives the claimant the passport.
    /// </summary>
    public Task<Outcome<ClaimDecision>> DecideAsync(
        Guid operatorUserId,
        Guid claimId,
        bool uphold,
        CancellationToken ct
    ) =>
        writes.RunAsync<ClaimDecision>(
            operatorUserId,
            async (scope, token) =>
            {
                if (!await scope.Db.Users.AnyAsync(u => u.Id == operatorUserId && u.IsOperator, token))
                    return new DomainError(ErrorCodes.OperatorOnly);
                var claim = await scope.Db.VehicleClaims.FirstOrDefaultAsync(c => c.Id == claimId, token);
                if (claim is null)
                    return new DomainError(OwnershipErrorCodes.ClaimNotFound);
                if (claim.Status != ClaimStatus.Open)
                    return new DomainError(OwnershipErrorCodes.ClaimAlreadyDecided);
                var formerOwner = await access.OwnerOfAsync(claim.VehicleId, scope.Now, token);
                Guid? vinNowIn = null;
                if (uphold && claim.Kind == ClaimKind.DuplicateOwner)
                    await OwnershipMove.ToAsync(
                        scope,
                        access,
                        links,
                        claim.VehicleId,
                        claim.ClaimantUserId,
                        operatorUserId,
                        null,
                        token
                    );
                else if (uphold)
                    vinNowIn = await MoveVinAsync(scope, claim, token);
                claim.Status = uphold ? ClaimStatus.Upheld : ClaimStatus.Rejected;
                claim.DecidedAt = scope.Now;
                claim.DecidedByUserId = operatorUserId;
                scope.Record(uphold ? "claim.upheld" : "claim.rejected", nameof(VehicleClaim), claim.Id);
                return new ClaimDecision(claim, formerOwner, vinNowIn);
            },
            ct
        );

    private async Task<Guid?> MoveVinAsync(WriteScope scope, VehicleClaim claim, CancellationToken ct)
    {
        var holder = await scope.Db.Vehicles.FirstAsync(v => v.Id == claim.VehicleId, ct);
        if (holder.Vin == claim.Vin)
        {
            holder.Vin = null;
            holder.UpdatedAt = scope.Now;
            scope.Record("vehicle.vin_released", nameof(Vehicle), holder.Id, holder.Id, data: new { claim = claim.Id });
            // Released before it is taken again: the unique index checks every statement.
            await scope.Db.SaveChangesAsync(ct);
        }
        if (
            claim.ClaimantVehicleId is not { } target
            || await access.FindEditableAsync(claim.ClaimantUserId, target, scope.Now, ct) is not { } mine
            || mine.State != VehicleState.Active
            || await vins.RefuseAsync(claim.ClaimantUserId, claim.Vin!, mine.Id, scope.Now, ct) is not null
        )
            return null;
        mine.Vin = claim.Vin;
        mine.UpdatedAt = scope.Now;
        scope.Record("vehicle.vin_assigned", nameof(Vehicle), mine.Id, mine.Id, data: new { claim = claim.Id });
        return mine.Id;
    }
}
