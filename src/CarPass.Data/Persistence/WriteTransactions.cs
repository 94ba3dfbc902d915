using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarPass.Data.Persistence;

/// <summary>
/// Begins a transaction that is going to write. SQLite admits one writer at a time, and writers
/// that find the lock taken poll in SQLite's busy handler, sleeping in growing steps (up to 100 ms)
/// while the lock may already be free again. On SQLite this process's writers therefore queue for
/// their turn here, first come first served, and find the lock free when they get it. The queue is
/// only an optimisation: SQLite's lock stays the guarantee (another process, or a writer that waited
/// longer than <see cref="SqlitePragmas.BusyTimeout"/> here, still meets the busy handler).
/// </summary>
public static class WriteTransactions
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new();

    public static async Task<IDbContextTransaction> BeginWriteTransactionAsync(
        this DatabaseFacade database,
        CancellationToken ct
    )
    {
        if (!database.IsSqlite())
            return await database.BeginTransactionAsync(ct);
        var turn = Turns.GetOrAdd(database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        if (!await turn.WaitAsync(SqlitePragmas.BusyTimeout, ct))
            return await database.BeginTransactionAsync(ct);
        try
        {
            return new TurnTransaction(await database.BeginTransactionAsync(ct), turn);
        }
        catch
        {
            turn.Release();
            throw;
        }
    }
}
