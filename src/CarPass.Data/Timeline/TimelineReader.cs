using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Timeline;

/// <summary>
/// A vehicle's history, newest first, for anyone who may read the vehicle: fuel, self-reported
/// service, centre visits and their confirmations and disputes, scans, proposed data changes,
/// passport badges, odometer readings and changes of owner. A page is two compiled statements (the
/// entries, then the centres they mention) and, when it shows visits, one read of their work, all
/// after the access check; it scores nothing. A vehicle without access reads exactly like a missing
/// one (null).
/// </summary>
public sealed class TimelineReader(CarPassDbContext db, VehicleAccessReader access, TimeProvider clock)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;

    public async Task<TimelinePage?> ReadAsync(
        Guid userId,
        Guid vehicleId,
        TimelineCursor? cursor,
        int pageSize,
        CancellationToken ct
    )
    {
        if (await access.FindReadableAsync(userId, vehicleId, clock.GetUtcNow().UtcDateTime, ct) is null)
            return null;
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var rows = await TimelineQuery.ReadAsync(db, vehicleId, userId, cursor, size + 1).ToListAsync(ct);
        var work = await VisitWorkAsync(rows.Take(size), ct);
        var page = rows.Take(size).Select(r => Entry(r, work)).ToList();
        var next = rows.Count > size ? TimelineCursor.After(page[^1]) : null;
        var centerIds = page.Where(e => e.ServiceCenterId is not null).Select(e => e.ServiceCenterId!.Value);
        return new TimelinePage(page, next, await CenterBadgeQuery.ReadAsync(db, [.. centerIds.Distinct()], ct));
    }

    /// <summary>The work of the visits on the page, read apart because a list does not fit a UNION row.</summary>
    private async Task<Dictionary<Guid, List<ServiceKind>>> VisitWorkAsync(
        IEnumerable<TimelineRow> rows,
        CancellationToken ct
    )
    {
        var visitIds = rows.Where(r => r.Type is (int)TimelineEntryType.Visit or (int)TimelineEntryType.VisitConfirmed)
            .Select(r => r.Id)
            .Distinct()
            .ToList();
        if (visitIds.Count == 0)
            return [];
        return await db
            .ServiceVisits.AsNoTracking()
            .Where(v => visitIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => v.WorkKinds, ct);
    }

    private static TimelineEntry Entry(TimelineRow r, Dictionary<Guid, List<ServiceKind>> work) =>
        new(
            (TimelineEntryType)r.Type,
            r.Id,
            r.At,
            r.Code is null ? null : SnakeCase.Of(r.Code),
            r.Status is null ? null : SnakeCase.Of(r.Status),
            r.OdometerKm,
            r.Litres,
            r.Note,
            r.ServiceCenterId,
            r.Trusted,
            work.GetValueOrDefault(r.Id)
        );
}
