using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CarPass.Data.Timeline;

/// <summary>
/// First timeline pages of one SQLite database, kept while the database has not changed since they
/// were read. "Changed" is any committed write by anyone — this process, another process on the
/// same file (a CLI verb), any table — so every write that could change a line (a record, a visit's
/// state, a badge, a centre's name or trust) is seen by the next read, at the price of dropping every
/// page on every write.
/// </summary>
/// <remarks>
/// A change is noticed on the reading connection itself: <c>PRAGMA data_version</c> moves when
/// another connection committed since this connection last asked, and <c>sqlite3_total_changes</c>
/// moves when this connection wrote. The first check on every connection after a commit therefore
/// bumps <see cref="_epoch"/>, and a page is served only under the epoch read before its query ran.
/// A connection seen for the first time bumps too (what happened before it is unknown).
/// </remarks>
public sealed class TimelinePageCache
{
    /// <summary>About 5 KB a 20-line page: at most about 10 MB.</summary>
    public const int MaxPages = 2_048;

    private readonly ConcurrentDictionary<
        (Guid Vehicle, Guid Viewer, int Size),
        (long Epoch, TimelinePage Page)
    > _pages = new();
    private readonly ConditionalWeakTable<sqlite3, ConnectionMark> _marks = new();
    private long _epoch;

    /// <summary>Notices writes since the connection's last check and returns the epoch to read under.</summary>
    public async Task<long> ObserveAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        var version = (long)(await command.ExecuteScalarAsync(ct))!;
        var handle = connection.Handle!;
        var changes = raw.sqlite3_total_changes(handle);
        var mark = _marks.GetOrCreateValue(handle);
        if (!mark.Seen || mark.DataVersion != version || mark.TotalChanges != changes)
        {
            Interlocked.Increment(ref _epoch);
            (mark.Seen, mark.DataVersion, mark.TotalChanges) = (true, version, changes);
        }
        return Interlocked.Read(ref _epoch);
    }

    public TimelinePage? Find(Guid vehicleId, Guid viewerId, int size, long epoch) =>
        _pages.TryGetValue((vehicleId, viewerId, size), out var kept) && kept.Epoch == epoch ? kept.Page : null;

    public void Keep(Guid vehicleId, Guid viewerId, int size, long epoch, TimelinePage page)
    {
        if (_pages.Count >= MaxPages)
            _pages.Clear();
        _pages[(vehicleId, viewerId, size)] = (epoch, page);
    }

    private sealed class ConnectionMark
    {
        public bool Seen;
        public long DataVersion;
        public int TotalChanges;
    }
}
