using CarPass.Data.Audit;
using CarPass.Data.Engagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CarPass.Data.Persistence;

/// <summary>
/// New rows of the audit log and the engagement events: every write adds one or two of each, no other
/// row refers to them and nothing changes them afterwards. On SQLite, inside the write's transaction,
/// <see cref="CarPassDbContext"/> stores them through <see cref="KeptInsert"/> once EF Core has saved
/// the rest, instead of a command EF Core builds and prepares for each (measured in
/// docs/PERFORMANCE.md). They are not tracked afterwards, which nothing needs: the audit log is never
/// changed (<see cref="AppendOnlyGuard"/>) and the engagement events are only counted.
/// </summary>
internal static class AppendedRows
{
    /// <summary>Stops tracking the new rows and returns them, for <see cref="Insert"/> (or <see cref="Restore"/> when the save fails).</summary>
    public static List<(IEntityType Type, object Row)> Take(ChangeTracker tracker)
    {
        var taken = new List<EntityEntry>();
        foreach (var entry in tracker.Entries())
            if (entry is { State: EntityState.Added, Entity: AuditEntry or EngagementEvent })
                taken.Add(entry);
        foreach (var entry in taken)
            entry.State = EntityState.Detached;
        return [.. taken.Select(e => (e.Metadata, e.Entity))];
    }

    public static void Insert(DbContext db, List<(IEntityType Type, object Row)> rows)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        foreach (var (type, row) in rows)
            KeptInsert.For(type).Insert(connection, row);
    }

    /// <summary>Tracks the rows as new again: the save failed, and a caller that tries it again saves them too.</summary>
    public static void Restore(DbContext db, List<(IEntityType Type, object Row)> rows)
    {
        foreach (var (_, row) in rows)
            db.Add(row);
    }
}
