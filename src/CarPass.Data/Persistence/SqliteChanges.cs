using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CarPass.Data.Persistence;

/// <summary>
/// Whether one SQLite database has changed, as an epoch that moves on every committed write by anyone:
/// this process, another process on the same file (a CLI verb), any table. What is kept under an
/// epoch (a timeline's first page, a vehicle's row) is served only while the epoch has not moved.
/// </summary>
/// <remarks>
/// A change is noticed on the reading connection itself: <c>PRAGMA data_version</c> moves when
/// another connection committed since this connection last asked, and <c>sqlite3_total_changes</c>
/// moves when this connection wrote. The first check on every connection after a commit therefore
/// bumps the epoch, and a kept value is served only under the epoch read before its query ran.
/// A connection seen for the first time bumps too (what happened before it is unknown). Only outside
/// a transaction: a read inside one could show writes that are then rolled back.
/// </remarks>
public sealed class SqliteChanges
{
    private static readonly KeptStatement DataVersion = new("PRAGMA data_version;");
    private readonly ConditionalWeakTable<sqlite3, ConnectionMark> _marks = new();
    private long _epoch;

    /// <summary>Notices writes since the connection's last check and returns the epoch to read under.</summary>
    public long Observe(SqliteConnection connection)
    {
        long version;
        using (var use = DataVersion.Start(connection))
        {
            use.Read();
            version = use.Int64(0);
        }
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

    private sealed class ConnectionMark
    {
        public bool Seen;
        public long DataVersion;
        public int TotalChanges;
    }
}
