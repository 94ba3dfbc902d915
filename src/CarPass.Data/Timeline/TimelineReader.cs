using CarPass.Data.Access;
using CarPass.Data.Passports;
using CarPass.Data.Persistence;
using CarPass.Domain.Common;
using CarPass.Domain.Maintenance;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Timeline;

/// <summary>
/// A vehicle's history, newest first, for anyone who may read the vehicle: fuel, self-reported
/// service, centre visits and their confirmations and disputes, scans, proposed data changes,
/// passport badges, odometer readings and changes of owner. A page is two compiled statements (the
/// entries, then the centres they mention) and, when it shows visits, one read of their work, all
/// after the access check; it scores nothing. A vehicle without access reads exactly like a missing
/// one (null). On SQLite a first page is served from <see cref="TimelinePageCache"/> while the
/// database has not changed since it was read; the access check runs on every read (its answer kept
/// until the next write, as the passport's: <see cref="KeptGrants"/>).
/// </summary>
public sealed class TimelineReader(
    CarPassDbContext db,
    VehicleAccessReader access,
    TimelinePageCache pages,
    KeptGrants grants,
    TimeProvider clock
)
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
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        if (cursor is not null || !CanKeepPages())
            return await ReadableAsync(userId, vehicleId, ct)
                ? await ReadPageAsync(userId, vehicleId, cursor, size, ct)
                : null;
        // One connection for the whole read: the change check must run on the connection that reads.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            if (!grants.One(connection, userId, vehicleId, clock.GetUtcNow().UtcDateTime).Readable)
                return null;
            var epoch = pages.Observe(connection);
            if (pages.Find(vehicleId, userId, size, epoch) is { } kept)
                return kept;
            var page = await ReadPageAsync(userId, vehicleId, null, size, ct);
            pages.Keep(vehicleId, userId, size, epoch, page);
            return page;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Only outside a transaction (a page read inside one could show writes that are then rolled
    /// back) and only on SQLite: on PostgreSQL another instance may write unseen, so every read reads.
    /// A connection the request already holds open (a signed-in API request keeps one) is fine: every
    /// transaction goes through EF Core, so outside one it holds no snapshot.
    /// </summary>
    private bool CanKeepPages() => db.IsSqlite && db.Database.CurrentTransaction is null;

    private async Task<bool> ReadableAsync(Guid userId, Guid vehicleId, CancellationToken ct) =>
        await access.FindReadableAsync(userId, vehicleId, clock.GetUtcNow().UtcDateTime, ct) is not null;

    private async Task<TimelinePage> ReadPageAsync(
        Guid userId,
        Guid vehicleId,
        TimelineCursor? cursor,
        int size,
        CancellationToken ct
    )
    {
        var rows = await TimelinePageReader.ReadAsync(db, vehicleId, userId, cursor, size + 1).ToListAsync(ct);
        var work = await VisitWorkAsync(rows.Take(size), ct);
        var page = rows.Take(size).Select(r => Entry(r, work)).ToList();
        var next = rows.Count > size ? TimelineCursor.After(page[^1]) : null;
        var centerIds = page.Where(e => e.ServiceCenterId is not null).Select(e => e.ServiceCenterId!.Value);
        return new TimelinePage(page, next, await CenterBadgeReader.ReadAsync(db, [.. centerIds.Distinct()], ct));
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
