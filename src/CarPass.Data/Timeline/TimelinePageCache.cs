using System.Collections.Concurrent;
using CarPass.Data.Persistence;
using Microsoft.Data.Sqlite;

namespace CarPass.Data.Timeline;

/// <summary>
/// First timeline pages of one SQLite database, kept while the database has not changed since they
/// were read (<see cref="SqliteChanges"/>): every write that could change a line (a record, a visit's
/// state, a badge, a centre's name or trust) is seen by the next read, at the price of dropping every
/// page on every write.
/// </summary>
public sealed class TimelinePageCache(SqliteChanges changes)
{
    /// <summary>About 5 KB a 20-line page: at most about 10 MB.</summary>
    public const int MaxPages = 2_048;

    private readonly ConcurrentDictionary<
        (Guid Vehicle, Guid Viewer, int Size),
        (long Epoch, TimelinePage Page)
    > _pages = new();

    /// <summary>Notices writes since the connection's last check and returns the epoch to read under.</summary>
    public long Observe(SqliteConnection connection) => changes.Observe(connection);

    public TimelinePage? Find(Guid vehicleId, Guid viewerId, int size, long epoch) =>
        _pages.TryGetValue((vehicleId, viewerId, size), out var kept) && kept.Epoch == epoch ? kept.Page : null;

    public void Keep(Guid vehicleId, Guid viewerId, int size, long epoch, TimelinePage page)
    {
        if (_pages.Count >= MaxPages)
            _pages.Clear();
        _pages[(vehicleId, viewerId, size)] = (epoch, page);
    }
}
