using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Leases;

/// <summary>
/// Takes or renews a lease row in one statement, so two instances racing for it cannot both win:
/// it is taken when free, expired, or already this owner's. The same SQL runs on SQLite and PostgreSQL.
/// </summary>
internal static class LeaseRow
{
    /// <param name="table">A lease table and its key column, as written in the model (never user input).</param>
    public static async Task<bool> TryTakeAsync(
        CarPassDbContext db,
        (string Name, string Key) table,
        object key,
        string owner,
        DateTime now,
        DateTime until,
        CancellationToken ct
    ) =>
#pragma warning disable EF1002 // only the table and key names are formatted in, and they are constants of the model
        await db.Database.ExecuteSqlRawAsync(
            $$"""
            INSERT INTO {{table.Name}} ({{table.Key}}, owner, expires_at) VALUES ({0}, {1}, {2})
            ON CONFLICT ({{table.Key}}) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
            WHERE {{table.Name}}.expires_at < {3} OR {{table.Name}}.owner = {1}
            """,
            [key, owner, until, now],
            ct
        ) == 1;
#pragma warning restore EF1002
}
