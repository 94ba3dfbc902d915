using CarPass.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Bot;

/// <summary>
/// Whether an update has been applied: asked once or twice for every update, so kept prepared on
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

    public static Task<bool> IsHandledAsync(CarPassDbContext db, long updateId, CancellationToken ct) =>
        db.Database.IsSqlite()
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
