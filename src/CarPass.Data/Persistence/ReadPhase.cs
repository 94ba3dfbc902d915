using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Persistence;

/// <summary>
/// Lets work that only reads run beside SQLite's one writer instead of queueing for it: the work
/// runs on a connection SQLite holds to <c>query_only</c>, so a write it attempts after all is
/// refused by SQLite itself, and the attempt reports that nothing was done. Its reads run outside
/// a transaction, each seeing the latest commit, as every read of the HTTP API does; that lets the
/// passport's kept statements and rows serve them (<see cref="Passports.PassportReader"/>). PostgreSQL has no single writer, so there it is not
/// offered and callers take the ordinary write path.
/// </summary>
public sealed class ReadPhase(CarPassDbContext db)
{
    private const int SqliteReadOnly = 8;

    public bool Available => db.IsSqlite;

    /// <summary>
    /// Runs <paramref name="work"/> read-only. True when it finished without writing; false when it
    /// tried to write, in which case nothing was written and the caller should run it as a write.
    /// Other exceptions propagate.
    /// </summary>
    public async Task<bool> TryAsync(Func<CancellationToken, Task> work, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        try
        {
            QueryOnly(connection, true);
            // Open throughout the work, so a write tried inside stays on this connection, where SQLite
            // refuses it: the gate lends its writer only to a context whose connection is closed.
            try
            {
                await work(ct);
                return true;
            }
            catch (Exception e) when (IsRefusedWrite(e))
            {
                return false;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            QueryOnly(connection, false);
            await db.Database.CloseConnectionAsync();
        }
    }

    private static readonly KeptStatement QueryOnlyOn = new("PRAGMA query_only = ON");
    private static readonly KeptStatement QueryOnlyOff = new("PRAGMA query_only = OFF");

    private static void QueryOnly(SqliteConnection connection, bool on)
    {
        using var use = (on ? QueryOnlyOn : QueryOnlyOff).Start(connection);
        use.Read();
    }

    private static bool IsRefusedWrite(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is SqliteException { SqliteErrorCode: SqliteReadOnly })
                return true;
        return false;
    }
}
