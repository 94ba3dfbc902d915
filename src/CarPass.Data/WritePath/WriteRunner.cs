using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Domain.Common;

namespace CarPass.Data.WritePath;

/// <summary>
/// The one way to write: validate and change (the use case), save, audit, recompute the affected
/// scores and achievements — all in one transaction. A failed outcome rolls everything back.
/// </summary>
public sealed class WriteRunner(CarPassDbContext db, PassportRecomputer recomputer, TimeProvider clock)
{
    public async Task<Outcome<T>> RunAsync<T>(
        Guid? actorUserId,
        Func<WriteScope, CancellationToken, Task<Outcome<T>>> work,
        CancellationToken ct
    )
    {
        // Microsoft.Data.Sqlite begins IMMEDIATE transactions: writers queue on the busy timeout
        // instead of failing when two of them upgrade a read lock at the same time.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var scope = new WriteScope(db, clock.GetUtcNow().UtcDateTime, actorUserId);
        try
        {
            var outcome = await work(scope, ct);
            if (!outcome.IsSuccess)
            {
                await transaction.RollbackAsync(ct);
                return outcome;
            }
            await db.SaveChangesAsync(ct);
            await recomputer.RecomputeAsync(scope, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return outcome;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
