using CarPass.Data.Persistence;
using CarPass.Data.Scores;
using CarPass.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarPass.Data.WritePath;

/// <summary>
/// The one way to write: validate and change (the use case), save, audit, recompute the affected
/// scores and achievements — all in one transaction. A failed outcome rolls everything back.
/// Inside a caller's transaction (one bot update is one transaction) the use case runs in a
/// savepoint, so its failure undoes only its own changes.
/// </summary>
public sealed class WriteRunner(
    CarPassDbContext db,
    WriteGate gate,
    PassportRecomputer recomputer,
    KeptHistories histories,
    TimeProvider clock
)
{
    private const string Savepoint = "use_case";
    private const int MaxAttempts = 3;

    /// <summary>
    /// Runs the use case; when another instance changed the same rows first (a concurrency token
    /// or a unique key says so), it runs again on fresh data, where it usually finds the work
    /// already decided and says so.
    /// </summary>
    public async Task<Outcome<T>> RunAsync<T>(
        Guid? actorUserId,
        Func<WriteScope, CancellationToken, Task<Outcome<T>>> work,
        CancellationToken ct
    )
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(actorUserId, work, ct);
            }
            catch (Exception e) when (attempt < MaxAttempts && WriteConflicts.IsConflict(e))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Outcome<T>> RunOnceAsync<T>(
        Guid? actorUserId,
        Func<WriteScope, CancellationToken, Task<Outcome<T>>> work,
        CancellationToken ct
    )
    {
        if (db.Database.CurrentTransaction is { } ambient)
            return await RunInSavepointAsync(ambient, actorUserId, work, ct);

        // Microsoft.Data.Sqlite begins IMMEDIATE transactions: writers queue (on the gate, then on the
        // busy timeout) instead of failing when two of them upgrade a read lock at the same time.
        await using var transaction = await gate.BeginAsync(db, ct);
        try
        {
            var outcome = await ExecuteAsync(actorUserId, work, ct);
            if (outcome.IsSuccess)
                await transaction.CommitAsync(ct);
            else
                await transaction.RollbackAsync(ct);
            return outcome;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<Outcome<T>> RunInSavepointAsync<T>(
        IDbContextTransaction ambient,
        Guid? actorUserId,
        Func<WriteScope, CancellationToken, Task<Outcome<T>>> work,
        CancellationToken ct
    )
    {
        await db.SaveChangesAsync(ct);
        await ambient.CreateSavepointAsync(Savepoint, ct);
        try
        {
            var outcome = await ExecuteAsync(actorUserId, work, ct);
            if (outcome.IsSuccess)
                await ambient.ReleaseSavepointAsync(Savepoint, ct);
            else
                await ambient.RollbackToSavepointAsync(Savepoint, ct);
            return outcome;
        }
        catch
        {
            await ambient.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<Outcome<T>> ExecuteAsync<T>(
        Guid? actorUserId,
        Func<WriteScope, CancellationToken, Task<Outcome<T>>> work,
        CancellationToken ct
    )
    {
        var scope = new WriteScope(db, clock.GetUtcNow().UtcDateTime, actorUserId, histories);
        var outcome = await work(scope, ct);
        if (!outcome.IsSuccess)
            return outcome;
        await db.SaveChangesAsync(ct);
        await recomputer.RecomputeAsync(scope, ct);
        await db.SaveChangesAsync(ct);
        return outcome;
    }
}
