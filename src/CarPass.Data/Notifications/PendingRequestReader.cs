using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Domain.Common;
using CarPass.Domain.Notifications;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Notifications;

/// <summary>Visits, data changes and access requests that wait for the owner's answer, as nudge candidates.</summary>
public sealed class PendingRequestReader(CarPassDbContext db)
{
    public async Task<IReadOnlyList<PendingCandidate>> ReadAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var visits = await (
            from v in db.ServiceVisits.AsNoTracking()
            where ids.Contains(v.VehicleId) && v.Status == VisitStatus.PendingConfirmation
            join c in db.ServiceCenters on v.ServiceCenterId equals c.Id
            select new
            {
                v.Id,
                v.VehicleId,
                v.CreatedByUserId,
                v.ServiceCenterId,
                c.Name,
                v.CreatedAt,
                v.VisitDate,
            }
        ).ToListAsync(ct);
        var changes = await (
            from r in db.DataChangeRequests.AsNoTracking()
            where ids.Contains(r.VehicleId) && r.Status == RequestStatus.Pending
            join c in db.ServiceCenters on r.ServiceCenterId equals c.Id into centres
            from c in centres.DefaultIfEmpty()
            select new
            {
                r.Id,
                r.VehicleId,
                r.RequestedByUserId,
                r.ServiceCenterId,
                Name = c == null ? null : c.Name,
                r.Field,
                r.CreatedAt,
            }
        ).ToListAsync(ct);
        var access = await (
            from r in db.AccessRequests.AsNoTracking()
            where ids.Contains(r.VehicleId) && r.Status == RequestStatus.Pending
            join c in db.ServiceCenters on r.ServiceCenterId equals c.Id
            select new
            {
                r.Id,
                r.VehicleId,
                r.RequestedByUserId,
                r.ServiceCenterId,
                c.Name,
                r.CreatedAt,
            }
        ).ToListAsync(ct);
        return
        [
            .. visits.Select(v =>
                Pending(
                    v.VehicleId,
                    v.CreatedByUserId,
                    NotificationKind.VisitAwaitingConfirmation,
                    v.Id,
                    v.ServiceCenterId,
                    v.CreatedAt,
                    new NudgeFacts { CenterName = v.Name, Since = v.VisitDate }
                )
            ),
            .. changes.Select(r =>
                Pending(
                    r.VehicleId,
                    r.RequestedByUserId,
                    NotificationKind.DataChangePending,
                    r.Id,
                    r.ServiceCenterId,
                    r.CreatedAt,
                    new NudgeFacts { CenterName = r.Name, Field = SnakeCase.Of(r.Field) }
                )
            ),
            .. access.Select(r =>
                Pending(
                    r.VehicleId,
                    r.RequestedByUserId,
                    NotificationKind.AccessRequestPending,
                    r.Id,
                    r.ServiceCenterId,
                    r.CreatedAt,
                    new NudgeFacts { CenterName = r.Name }
                )
            ),
        ];
    }

    private static PendingCandidate Pending(
        Guid vehicleId,
        Guid requestedBy,
        NotificationKind kind,
        Guid requestId,
        Guid? centerId,
        DateTime createdAt,
        NudgeFacts facts
    ) =>
        new(
            vehicleId,
            requestedBy,
            new NudgeCandidate(vehicleId, kind, [RequestItem(requestId)], facts, centerId, createdAt)
        );

    public static string RequestItem(Guid requestId) => requestId.ToString("N");
}
