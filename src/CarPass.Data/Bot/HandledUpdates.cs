using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Bot;

/// <summary>
/// Whether an update has been applied, and the mark that it was: asked once or twice and written once
/// for every update, so kept prepared on
/// SQLite (<see cref="KeptStatement"/>) and compiled once elsewhere.
/// </summary>
public static class HandledUpdates
{
    private static readonly CompiledPerModel<Func<CarPassDbContext, long, CancellationToken, Task<bool>>> Handled = new(
        () =>
            EF.CompileAsyncQuery(
                (CarPassDbContext db, long updateId, CancellationToken ct) =>
                    db.ProcessedUpdates.Any(p => p.UpdateId == updateId)
            )
    );

    private static readonly KeptStatement Kept = new(
        "SELECT EXISTS (SELECT 1 FROM processed_updates WHERE update_id = ?1)"
    );

    private static readonly KeptStatement Insert = new(
        "INSERT INTO processed_updates (update_id, processed_at) VALUES (?1, ?2)"
    );

    private static readonly KeptStatement InsertNew = new(
        "INSERT INTO processed_updates (update_id, processed_at) VALUES (?1, ?2) ON CONFLICT (update_id) DO NOTHING RETURNING 1"
    );

    /// <summary>
    /// Records an update that changed nothing else as applied, in one statement that commits by
    /// itself: false when it had been marked already (another worker applied it meanwhile).
    /// </summary>
    public static async Task<bool> TryMarkAsync(CarPassDbContext db, long updateId, DateTime at, CancellationToken ct)
    {
        if (!db.IsSqlite)
            return await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO processed_updates (update_id, processed_at) VALUES ({updateId}, {at}) ON CONFLICT (update_id) DO NOTHING",
                    ct
                ) > 0;
        return await KeptStatement.OnConnectionAsync(
            db,
            connection =>
            {
                using var use = InsertNew.Start(connection);
                use.Bind(1, updateId);
                use.Bind(2, at);
                return use.Read();
            },
            ct
        );
    }

    /// <summary>Records the update as applied, inside the caller's transaction.</summary>
    public static async Task MarkAsync(CarPassDbContext db, long updateId, DateTime at, CancellationToken ct)
    {
        if (!db.IsSqlite)
        {
            db.ProcessedUpdates.Add(new ProcessedUpdate { UpdateId = updateId, ProcessedAt = at });
            await db.SaveChangesAsync(ct);
            return;
        }
        await Insert.ExecuteAsync(
            db,
            use =>
            {
                use.Bind(1, updateId);
                use.Bind(2, at);
            },
            ct
        );
    }

    public static Task<bool> IsHandledAsync(CarPassDbContext db, long updateId, CancellationToken ct) =>
        db.IsSqlite
            ? KeptStatement.OnConnectionAsync(
                db,
                connection =>
                {
                    using var use = Kept.Start(connection);
                    use.Bind(1, updateId);
                    return use.Read() && use.Int64(0) != 0;
                },
                ct
            )
            : Handled.For(db)(db, updateId, ct);
}
