using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Scores;

/// <summary>
/// On PostgreSQL, where writers run side by side, a write locks the vehicles it recomputes (in id
/// order) before it reads their records. A second write recomputing the same vehicle waits there for
/// the first to commit, then reads the first one's records too, so no version is ever stored for a
/// passport scored without a committed write's records. Inserting a record for a locked vehicle does
/// not wait (the lock does not block the foreign-key check). SQLite admits one writer at a time, so
/// there is nothing to take.
/// </summary>
internal static class VersionLock
{
    public static async Task TakeAsync(CarPassDbContext db, Guid[] vehicleIds, CancellationToken ct)
    {
        if (db.IsSqlite || vehicleIds.Length == 0)
            return;
        var ordered = vehicleIds.Order().ToArray();
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM vehicles WHERE id = ANY({ordered}) ORDER BY id FOR NO KEY UPDATE",
            ct
        );
    }
}
