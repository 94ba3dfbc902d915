using System.Linq.Expressions;
using CarPass.Data.Persistence;
using CarPass.Data.Visits;
using CarPass.Domain.Common;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Timeline;

/// <summary>Each source of the timeline as one keyset-paged query mapped to entries.</summary>
/// <remarks>
/// Notes on self-reported records are the author's private notes: after a sale the buyer sees the
/// records but not the seller's notes.
/// </remarks>
internal sealed class TimelineSources(
    CarPassDbContext db,
    Guid vehicleId,
    Guid viewerId,
    TimelineCursor? cursor,
    int take
)
{
    public IEnumerable<Func<CancellationToken, Task<IEnumerable<TimelineEntry>>>> All =>
        [Fuel, Service, Visits, Confirmations, Disputes, Resolutions, Scans, DataChanges, Badges, Odometer, Ownership];

    private async Task<IEnumerable<TimelineEntry>> Fuel(CancellationToken ct) =>
        (
            await Slice(db.FuelEntries.Where(f => f.VehicleId == vehicleId && f.DeletedAt == null), f => f.FilledAt, ct)
        ).Select(f => new TimelineEntry(
            TimelineEntryType.Fuel,
            f.Id,
            f.FilledAt,
            Status: f.IsFullTank ? "full_tank" : "partial",
            OdometerKm: f.OdometerKm,
            Litres: f.Litres
        ));

    private async Task<IEnumerable<TimelineEntry>> Service(CancellationToken ct) =>
        (
            await Slice(
                db.ServiceEntries.Where(s => s.VehicleId == vehicleId && s.DeletedAt == null),
                s => s.PerformedAt,
                ct
            )
        ).Select(s => new TimelineEntry(
            TimelineEntryType.Service,
            s.Id,
            s.PerformedAt,
            SnakeCase.Of(s.Kind),
            "self_reported",
            s.OdometerKm,
            Note: s.CreatedByUserId == viewerId ? s.Note : null,
            Trusted: false
        ));

    private async Task<IEnumerable<TimelineEntry>> Ownership(CancellationToken ct) =>
        (
            await Slice(
                db.OwnershipTransfers.Where(t => t.VehicleId == vehicleId && t.AcceptedAt != null),
                t => t.AcceptedAt!.Value,
                ct
            )
        ).Select(t => new TimelineEntry(TimelineEntryType.Ownership, t.Id, t.AcceptedAt!.Value));

    private async Task<IEnumerable<TimelineEntry>> Visits(CancellationToken ct) =>
        (await Slice(VisibleVisits, v => v.VisitDate, ct)).Select(v => new TimelineEntry(
            TimelineEntryType.Visit,
            v.Id,
            v.VisitDate,
            Status: SnakeCase.Of(v.Status),
            OdometerKm: v.OdometerKm,
            Note: v.WorkItems,
            ServiceCenterId: v.ServiceCenterId,
            Trusted: v.Status == VisitStatus.Confirmed,
            Work: v.WorkKinds
        ));

    private async Task<IEnumerable<TimelineEntry>> Confirmations(CancellationToken ct) =>
        (await Slice(VisibleVisits.Where(v => v.ConfirmedAt != null), v => v.ConfirmedAt!.Value, ct)).Select(
            v => new TimelineEntry(
                TimelineEntryType.VisitConfirmed,
                v.Id,
                v.ConfirmedAt!.Value,
                Note: v.WorkItems,
                ServiceCenterId: v.ServiceCenterId,
                Trusted: true,
                Work: v.WorkKinds
            )
        );

    private async Task<IEnumerable<TimelineEntry>> Disputes(CancellationToken ct) =>
        (
            await Slice(db.Disputes.Where(d => VisibleVisits.Any(v => v.Id == d.ServiceVisitId)), d => d.CreatedAt, ct)
        ).Select(d => new TimelineEntry(TimelineEntryType.Dispute, d.Id, d.CreatedAt, Status: SnakeCase.Of(d.Status)));

    /// <summary>An operator's decision on a dispute, with the note they gave; "for the centre" leaves the visit unconfirmed.</summary>
    private async Task<IEnumerable<TimelineEntry>> Resolutions(CancellationToken ct) =>
        (
            await Slice(
                db.Disputes.Where(d => d.ResolvedAt != null && VisibleVisits.Any(v => v.Id == d.ServiceVisitId)),
                d => d.ResolvedAt!.Value,
                ct
            )
        ).Select(d => new TimelineEntry(
            TimelineEntryType.DisputeResolved,
            d.Id,
            d.ResolvedAt!.Value,
            Status: SnakeCase.Of(d.Status),
            Note: d.Resolution
        ));

    private async Task<IEnumerable<TimelineEntry>> Scans(CancellationToken ct) =>
        (await Slice(db.OcrScans.Where(s => s.VehicleId == vehicleId), s => s.CreatedAt, ct)).Select(
            s => new TimelineEntry(
                TimelineEntryType.Ocr,
                s.Id,
                s.CreatedAt,
                SnakeCase.Of(s.Kind),
                SnakeCase.Of(s.Status)
            )
        );

    private async Task<IEnumerable<TimelineEntry>> DataChanges(CancellationToken ct) =>
        (await Slice(db.DataChangeRequests.Where(r => r.VehicleId == vehicleId), r => r.CreatedAt, ct)).Select(
            r => new TimelineEntry(
                TimelineEntryType.DataChange,
                r.Id,
                r.CreatedAt,
                SnakeCase.Of(r.Field),
                SnakeCase.Of(r.Status),
                ServiceCenterId: r.ServiceCenterId
            )
        );

    private async Task<IEnumerable<TimelineEntry>> Badges(CancellationToken ct) =>
        (
            await Slice(
                from u in db.UserAchievements
                join a in db.Achievements on u.AchievementId equals a.Id
                where u.VehicleId == vehicleId
                select new
                {
                    u.Id,
                    u.UnlockedAt,
                    a.Code,
                },
                b => b.UnlockedAt,
                ct
            )
        ).Select(b => new TimelineEntry(TimelineEntryType.Achievement, b.Id, b.UnlockedAt, b.Code));

    /// <summary>Readings of their own: those a fill-up, a service entry or a visit wrote are shown there.</summary>
    private async Task<IEnumerable<TimelineEntry>> Odometer(CancellationToken ct) =>
        (
            await Slice(
                db.OdometerReadings.Where(r =>
                    r.VehicleId == vehicleId
                    && r.ServiceVisitId == null
                    && !db.FuelEntries.Any(f =>
                        f.VehicleId == vehicleId && f.FilledAt == r.RecordedAt && f.OdometerKm == r.ValueKm
                    )
                    && !db.ServiceEntries.Any(s =>
                        s.VehicleId == vehicleId && s.PerformedAt == r.RecordedAt && s.OdometerKm == r.ValueKm
                    )
                ),
                r => r.RecordedAt,
                ct
            )
        ).Select(r => new TimelineEntry(
            TimelineEntryType.Odometer,
            r.Id,
            r.RecordedAt,
            Status: r.IsFlagged ? "flagged"
                : r.IsTrusted ? "trusted"
                : "unconfirmed",
            OdometerKm: r.ValueKm,
            Trusted: r.IsTrusted
        ));

    private IQueryable<ServiceVisit> VisibleVisits =>
        db.ServiceVisits.Where(v => v.VehicleId == vehicleId && v.HiddenAt == null);

    private Task<List<T>> Slice<T>(IQueryable<T> source, Expression<Func<T, DateTime>> at, CancellationToken ct)
        where T : class => TimelineSlice.ReadAsync(source.AsNoTracking(), at, cursor, take, ct);
}
