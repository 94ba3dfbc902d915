using Microsoft.Data.Sqlite;

namespace CarPass.Data.Persistence;

/// <summary>
/// Whether a failure only means "the database was busy": SQLite's write lock held past the busy
/// timeout (SQLITE_BUSY, SQLITE_LOCKED), or no turn at the <see cref="WriteGate"/> in time. Such
/// work is sound and should be tried again later, unlike a bug.
/// </summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is DatabaseBusyException or SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
                return true;
        return false;
    }
}
