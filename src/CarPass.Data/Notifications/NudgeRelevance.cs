using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Data.Vehicles;
using CarPass.Domain.Maintenance;
using CarPass.Domain.Notifications;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Notifications;

/// <summary>
/// Whether a queued nudge still says something true when it is about to go out (it may have waited
/// for the morning): the owner still owns the vehicle, and at least one covered item still waits.
/// </summary>
public sealed class NudgeRelevance(CarPassDbContext db, VehicleAccessReader access, KnowledgeSweepReader knowledge)
{
    public async Task<HashSet<Guid>> StillRelevantAsync(
        IReadOnlyList<QueuedNudge> rows,
        DateTime now,
        CancellationToken ct
    )
    {
        var vehicleIds = rows.Select(r => r.VehicleId).Distinct().ToList();
        var owned = await (
            from g in access.LiveGrants(now)
            where vehicleIds.Contains(g.VehicleId) && g.Role == AccessRole.Owner
            join v in db.Vehicles on g.VehicleId equals v.Id
            where v.State == VehicleState.Active
            select new { g.VehicleId, g.UserId }
        ).ToListAsync(ct);
        var waiting = await WaitingItemsAsync(rows.SelectMany(r => r.Payload.Covers).Distinct().ToList(), ct);
        waiting.UnionWith(await knowledge.WaitingItemsAsync(rows, ct));
        return
        [
            .. rows.Where(r =>
                    owned.Any(o => o.VehicleId == r.VehicleId && o.UserId == r.UserId)
                    && (!HasWaitingItems(r.Kind) || r.Payload.Covers.Any(waiting.Contains))
                )
                .Select(r => r.Id),
        ];
    }

    private static bool HasWaitingItems(NotificationKind kind) =>
        kind is NotificationKind.MaintenanceDueSoon or NotificationKind.MaintenanceOverdue
        || NotificationKinds.IsConfirmationRequest(kind)
        || KnowledgeSweepReader.IsKnowledge(kind);

    /// <summary>The covered items that still wait: a reminder in the same cycle, or a request still pending.</summary>
    private async Task<HashSet<string>> WaitingItemsAsync(IReadOnlyList<string> items, CancellationToken ct)
    {
        var reminderIds = items.Select(MaintenanceNudges.ReminderOf).OfType<Guid>().Distinct().ToList();
        var requestIds = items
            .Select(i => Guid.TryParseExact(i, "N", out var id) ? id : (Guid?)null)
            .OfType<Guid>()
            .ToList();
        var reminders = await db
            .MaintenanceReminders.AsNoTracking()
            .Where(r => reminderIds.Contains(r.Id) && r.IsActive)
            .ToListAsync(ct);
        var pending = await db
            .ServiceVisits.Where(v => requestIds.Contains(v.Id) && v.Status == VisitStatus.PendingConfirmation)
            .Select(v => v.Id)
            .Concat(
                db.DataChangeRequests.Where(r => requestIds.Contains(r.Id) && r.Status == RequestStatus.Pending)
                    .Select(r => r.Id)
            )
            .Concat(
                db.AccessRequests.Where(r => requestIds.Contains(r.Id) && r.Status == RequestStatus.Pending)
                    .Select(r => r.Id)
            )
            .ToListAsync(ct);
        return
        [
            .. reminders.Select(r =>
                MaintenanceNudges.Cycle(
                    new ReminderRecord(r.Id, r.Kind, r.IntervalKm, r.IntervalMonths, r.LastDoneAt, r.LastDoneKm)
                )
            ),
            .. pending.Select(PendingRequestReader.RequestItem),
        ];
    }
}
