using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Domain.Common;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Visits;

/// <summary>
/// Whether someone may open a flow that answers a visit or a dispute, checked before the flow asks
/// for a reason (the write path checks again). The refusals are the write path's: a stranger's id
/// reads as missing.
/// </summary>
public sealed class VisitAnswerReader(
    CarPassDbContext db,
    VehicleAccessReader access,
    StaffReader staff,
    TimeProvider clock
)
{
    /// <summary>The owner may dispute a visit that still waits for them.</summary>
    public async Task<DomainError?> MayDisputeAsync(Guid ownerUserId, Guid visitId, CancellationToken ct)
    {
        var visit = await db.ServiceVisits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == visitId, ct);
        if (
            visit is null
            || !await access.IsOwnerAsync(ownerUserId, visit.VehicleId, clock.GetUtcNow().UtcDateTime, ct)
        )
            return new DomainError(ErrorCodes.VisitNotFound);
        return visit.Status != VisitStatus.PendingConfirmation || visit.HiddenAt is not null
            ? new DomainError(ErrorCodes.VisitAlreadyDecided)
            : null;
    }

    /// <summary>An active employee of the visit's centre may answer an open dispute.</summary>
    public async Task<DomainError?> MayAnswerDisputeAsync(Guid employeeUserId, Guid disputeId, CancellationToken ct)
    {
        var found = await db
            .Disputes.AsNoTracking()
            .Where(d => d.Id == disputeId)
            .Join(db.ServiceVisits, d => d.ServiceVisitId, v => v.Id, (d, v) => new { d.Status, v.ServiceCenterId })
            .FirstOrDefaultAsync(ct);
        if (found is null || await staff.ActiveAsync(employeeUserId, found.ServiceCenterId, ct) is null)
            return new DomainError(ErrorCodes.DisputeNotFound);
        return found.Status == DisputeStatus.Open ? null : new DomainError(ErrorCodes.DisputeAlreadyResolved);
    }
}
