using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Domain.Common;
using CarPass.Domain.Notifications;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Notifications;

/// <summary>
/// Visits, data changes and access requests that wait for the owner's answer, as nudge candidates;
/// the batch's ids go as one JSON parameter, as in <see cref="SweepReader"/>.
/// </summary>
public sealed class PendingRequestReader(CarPassDbContext db)
{
    public async Task<IReadOnlyList<PendingCandidate>> ReadAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var visits = await (
            from v in db.ServiceVisits.AsNoTracking()
            where EF.Parameter(ids).Contains(v.VehicleId) && v.Status == VisitStatus.PendingConfirmation
            join c in db.ServiceCenters on v.ServiceCenterId equals c.Id
            select new PendingRow(v.Id, v.VehicleId, v.CreatedByUserId, c.Id, c.Name, v.CreatedAt, v.VisitDate, null)
        ).ToListAsync(ct);
        var changes = await (
            from r in db.DataChangeRequests.AsNoTracking()
            where EF.Parameter(ids).Contains(r.VehicleId) && r.Status == RequestStatus.Pending
            join c in db.ServiceCenters on r.ServiceCenterId equals c.Id into centres
            from c in centres.DefaultIfEmpty()
            select new PendingRow(
                r.Id,
                r.VehicleId,
                r.RequestedByUserId,
                r.ServiceCenterId,
                c == null ? null : c.Name,
                r.CreatedAt,
                null,
                r.Field
            )
        ).ToListAsync(ct);
        var access = await (
            from r in db.AccessRequests.AsNoTracking()
            where EF.Parameter(ids).Contains(r.VehicleId) && r.Status == RequestStatus.Pending
            join c in db.ServiceCenters on r.ServiceCenterId equals c.Id
            select new PendingRow(r.Id, r.VehicleId, r.RequestedByUserId, c.Id, c.Name, r.CreatedAt, null, null)
        ).ToListAsync(ct);
        return
        [
            .. visits.Select(r => Pending(NotificationKind.VisitAwaitingConfirmation, r)),
            .. changes.Select(r => Pending(NotificationKind.DataChangePending, r)),
            .. access.Select(r => Pending(NotificationKind.AccessRequestPending, r)),
        ];
    }

    public static string RequestItem(Guid requestId) => requestId.ToString("N");

    private static PendingCandidate Pending(NotificationKind kind, PendingRow r)
    {
        var facts = new NudgeFacts
        {
            CenterName = r.CenterName,
            Since = r.VisitDate,
            Field = r.Field is { } field ? SnakeCase.Of(field) : null,
        };
        var candidate = new NudgeCandidate(r.VehicleId, kind, [RequestItem(r.Id)], facts, r.CenterId, r.CreatedAt);
        return new PendingCandidate(r.VehicleId, r.RequestedBy, candidate);
    }
}
