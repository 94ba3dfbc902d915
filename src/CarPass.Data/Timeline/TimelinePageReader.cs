using CarPass.Data.Persistence;
using CarPass.Domain.Visits;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Timeline;

/// <summary>
/// A page of one vehicle's timeline in one compiled statement: every source as a branch of a
/// UNION ALL, the keyset condition and the order applied once, the page's size as its LIMIT.
/// Entries are ordered by time, then by type, then by id, all newest (largest) first.
/// </summary>
/// <remarks>
/// Notes on self-reported records are the author's private notes: after a sale the buyer sees the
/// records but not the seller's notes. Odometer readings written by a fill-up, a service entry or a
/// visit are shown there, not as readings of their own; so are a charging session's.
/// </remarks>
internal static class TimelinePageReader
{
    private static readonly CompiledPerModel<
        Func<CarPassDbContext, Guid, Guid, bool, DateTime, int, Guid, int, IAsyncEnumerable<TimelineRow>>
    > Page = new(() =>
        EF.CompileAsyncQuery(
            (
                CarPassDbContext db,
                Guid vehicleId,
                Guid viewerId,
                bool fromCursor,
                DateTime at,
                int type,
                Guid id,
                int take
            ) => (
                    db
                        .FuelEntries.Where(f => f.VehicleId == vehicleId && f.DeletedAt == null)
                        .Select(f => new TimelineRow
                        {
                            Type = (int)TimelineEntryType.Fuel,
                            Id = f.Id,
                            At = f.FilledAt,
                            Code = null,
                            Status = f.IsFullTank ? "full_tank" : "partial",
                            OdometerKm = f.OdometerKm,
                            Litres = f.Litres,
                            Note = null,
                            ServiceCenterId = null,
                            Trusted = null,
                        })
                        .Concat(
                            db.ChargingSessions.Where(c => c.VehicleId == vehicleId && c.DeletedAt == null)
                                .Select(c => new TimelineRow
                                {
                                    Type = (int)TimelineEntryType.Charging,
                                    Id = c.Id,
                                    At = c.ChargedAt,
                                    Code = null,
                                    Status = c.Place.ToString(),
                                    OdometerKm = c.OdometerKm,
                                    Litres = c.Kwh,
                                    Note = null,
                                    ServiceCenterId = null,
                                    Trusted = null,
                                })
                        )
                        .Concat(
                            db.ServiceEntries.Where(s => s.VehicleId == vehicleId && s.DeletedAt == null)
                                .Select(s => new TimelineRow
                                {
                                    Type = (int)TimelineEntryType.Service,
                                    Id = s.Id,
                                    At = s.PerformedAt,
                                    Code = s.Kind.ToString(),
                                    Status = "self_reported",
                                    OdometerKm = s.OdometerKm,
                                    Litres = null,
                                    Note = s.CreatedByUserId == viewerId ? s.Note : null,
                                    ServiceCenterId = null,
                                    Trusted = false,
                                })
                        )
                        .Concat(
                            db.ServiceVisits.Where(v => v.VehicleId == vehicleId && v.HiddenAt == null)
                                .Select(v => new TimelineRow
                                {
                                    Type = (int)TimelineEntryType.Visit,
                                    Id = v.Id,
                                    At = v.VisitDate,
                                    Code = null,
                                    Status = v.Status.ToString(),
                                    OdometerKm = v.OdometerKm,
                                    Litres = null,
                                    Note = v.WorkItems,
                                    ServiceCenterId = v.ServiceCenterId,
                                    Trusted = v.Status == VisitStatus.Confirmed,
                                })
                        )
                        .Concat(
                            db.ServiceVisits.Where(v => v.VehicleId == vehicleId && v.HiddenAt == null)
                                .Where(v => v.ConfirmedAt != null)
                                .Select(v => new TimelineRow
                                {
                                    Type = (int)TimelineEntryType.VisitConfirmed,
                                    Id = v.Id,
                                    At = v.ConfirmedAt!.Value,
                                    Code = null,
                                    Status = null,
                                    OdometerKm = null,
                                    Litres = null,
                                    Note = v.WorkItems,
                                    ServiceCenterId = v.ServiceCenterId,
                                    Trusted = true,
                                })
                        )
                        .Concat(
                            db.Disputes.Where(d =>
                                    db.ServiceVisits.Where(v => v.VehicleId == vehicleId && v.HiddenAt == null)
                                        .Any(v => v.Id == d.ServiceVisitId)
                                )
                                .Select(d => new TimelineRow
                                {
                                    Type = (int)TimelineEntryType.Dispute,
                                    Id = d.Id,
                                    At = d.CreatedAt,
                                    Code = null,
                                    Status = d.Status.ToString(),
                                    OdometerKm = null,
                                    Litres = null,
                                    Note = null,
                                    ServiceCenterId = null,
                                    Trusted = null,
                                })
                        )
                        .Concat(
                            db.Disputes.Where(d =>
                                    d.ResolvedAt != null
                                    && db.ServiceVisits.Where(v => v.VehicleId == vehicleId && v.HiddenAt == null)
                                        .Any(v => v.Id == d.ServiceVisitId)
                                )
                                .Select(d => new TimelineRow
                                {
                                    Type = (int)TimelineEntryType.DisputeResolved,
                                    Id = d.Id,
                                    At = d.ResolvedAt!.Value,
                                    Code = null,
                                    Status = d.Status.ToString(),
                                    OdometerKm = null,
                                    Litres = null,
                                    Note = d.Resolution,
                                    ServiceCenterId = null,
                                    Trusted = null,
                                })
                        )
                        .Concat(
                            db.OcrScans.Where(s => s.VehicleId == vehicleId)
                                .Select(s => new TimelineRow
                                {
                                    Type = (int)TimelineEntryType.Ocr,
                                    Id = s.Id,
                                    At = s.CreatedAt,
                                    Code = s.Kind.ToString(),
                                    Status = s.Status.ToString(),
                                    OdometerKm = null,
                                    Litres = null,
                                    Note = null,
                                    ServiceCenterId = null,
                                    Trusted = null,
                                })
                        )
                        .Concat(
                            db.DataChangeRequests.Where(r => r.VehicleId == vehicleId)
                                .Select(r => new TimelineRow
                                {
                                    Type = (int)TimelineEntryType.DataChange,
                                    Id = r.Id,
                                    At = r.CreatedAt,
                                    Code = r.Field.ToString(),
                                    Status = r.Status.ToString(),
                                    OdometerKm = null,
                                    Litres = null,
                                    Note = null,
                                    ServiceCenterId = r.ServiceCenterId,
                                    Trusted = null,
                                })
                        )
                        .Concat(
                            from u in db.UserAchievements
                            join a in db.Achievements on u.AchievementId equals a.Id
                            where u.VehicleId == vehicleId
                            select new TimelineRow
                            {
                                Type = (int)TimelineEntryType.Achievement,
                                Id = u.Id,
                                At = u.UnlockedAt,
                                Code = a.Code,
                                Status = null,
                                OdometerKm = null,
                                Litres = null,
                                Note = null,
                                ServiceCenterId = null,
                                Trusted = null,
                            }
                        )
                        .Concat(
                            db.OdometerReadings.Where(r =>
                                    r.VehicleId == vehicleId
                                    && r.ServiceVisitId == null
                                    && !db.FuelEntries.Any(f =>
                                        f.VehicleId == vehicleId
                                        && f.FilledAt == r.RecordedAt
                                        && f.OdometerKm == r.ValueKm
                                    )
                                    && !db.ChargingSessions.Any(c =>
                                        c.VehicleId == vehicleId
                                        && c.ChargedAt == r.RecordedAt
                                        && c.OdometerKm == r.ValueKm
                                    )
                                    && !db.ServiceEntries.Any(s =>
                                        s.VehicleId == vehicleId
                                        && s.PerformedAt == r.RecordedAt
                                        && s.OdometerKm == r.ValueKm
                                    )
                                )
                                .Select(r => new TimelineRow
                                {
                                    Type = (int)TimelineEntryType.Odometer,
                                    Id = r.Id,
                                    At = r.RecordedAt,
                                    Code = null,
                                    Status =
                                        r.IsFlagged ? "flagged"
                                        : r.IsTrusted ? "trusted"
                                        : "unconfirmed",
                                    OdometerKm = r.ValueKm,
                                    Litres = null,
                                    Note = null,
                                    ServiceCenterId = null,
                                    Trusted = r.IsTrusted,
                                })
                        )
                        .Concat(
                            db.OwnershipTransfers.Where(t => t.VehicleId == vehicleId && t.AcceptedAt != null)
                                .Select(t => new TimelineRow
                                {
                                    Type = (int)TimelineEntryType.Ownership,
                                    Id = t.Id,
                                    At = t.AcceptedAt!.Value,
                                    Code = null,
                                    Status = null,
                                    OdometerKm = null,
                                    Litres = null,
                                    Note = null,
                                    ServiceCenterId = null,
                                    Trusted = null,
                                })
                        )
                ).Where(r => !fromCursor || r.At < at || (r.At == at && (r.Type < type || (r.Type == type && r.Id.CompareTo(id) < 0)))).OrderByDescending(r => r.At).ThenByDescending(r => r.Type).ThenByDescending(r => r.Id).Take(take)
        )
    );

    public static IAsyncEnumerable<TimelineRow> ReadAsync(
        CarPassDbContext db,
        Guid vehicleId,
        Guid viewerId,
        TimelineCursor? cursor,
        int take
    ) =>
        Page.For(db)(
            db,
            vehicleId,
            viewerId,
            cursor is not null,
            cursor?.At ?? default,
            cursor is null ? 0 : (int)cursor.Type,
            cursor?.Id ?? default,
            take
        );
}
