using CarPass.Data.Access;
using CarPass.Data.Persistence;

namespace CarPass.Data.Timeline;

/// <summary>
/// A vehicle's history, newest first, for anyone who may read the vehicle: fuel, self-reported
/// service, centre visits and their confirmations and disputes, scans, proposed data changes,
/// passport badges and odometer readings. A vehicle without access reads exactly like a missing one (null).
/// </summary>
public sealed class TimelineReader(
    CarPassDbContext db,
    VehicleAccessReader access,
    CenterTrustReader centers,
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
        var now = clock.GetUtcNow().UtcDateTime;
        if (await access.FindReadableAsync(userId, vehicleId, now, ct) is null)
            return null;
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var sources = new TimelineSources(db, vehicleId, userId, cursor, size + 1);
        var candidates = new List<TimelineEntry>();
        foreach (var source in sources.All)
            candidates.AddRange(await source(ct));
        var ordered = candidates
            .Where(e => cursor is null || cursor.Precedes(e))
            .OrderByDescending(e => e.OccurredAt)
            .ThenByDescending(e => e.Key, StringComparer.Ordinal)
            .Take(size + 1)
            .ToList();
        var page = ordered.Take(size).ToList();
        var next = ordered.Count > size ? new TimelineCursor(page[^1].OccurredAt, page[^1].Key) : null;
        var centerIds = page.Where(e => e.ServiceCenterId is not null).Select(e => e.ServiceCenterId!.Value);
        return new TimelinePage(page, next, await centers.ReadAsync(centerIds.Distinct().ToList(), ct));
    }
}
