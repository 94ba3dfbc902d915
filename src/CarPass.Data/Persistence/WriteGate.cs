using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Persistence;

/// <summary>
/// SQLite admits one writer at a time. Writers of this process take turns here, in arrival order,
/// before they begin their transaction: a waiting writer costs no thread, and the next one starts
/// the moment the last one commits, instead of sleeping in SQLite's busy handler and polling the
/// lock. Other processes on the same file still queue on the busy timeout. PostgreSQL has no such
/// lock, so there the gate lets everyone through.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim? _turn;

    private WriteGate(bool serializes, TimeSpan maxWait)
    {
        _turn = serializes ? new SemaphoreSlim(1, 1) : null;
        MaxWait = maxWait > TimeSpan.Zero ? maxWait : Timeout.InfiniteTimeSpan;
    }

    /// <param name="busyTimeout">As long as SQLite's own (<see cref="SqliteBusyTimeout"/>): after that a writer gives up.</param>
    public static WriteGate ForSqlite(TimeSpan busyTimeout) => new(serializes: true, busyTimeout);

    public static WriteGate PassThrough() => new(serializes: false, Timeout.InfiniteTimeSpan);

    /// <summary>How long a writer waits for its turn before the database counts as busy.</summary>
    public TimeSpan MaxWait { get; }

    /// <summary>Whether writers of this process take turns (SQLite).</summary>
    public bool Serializes => _turn is not null;

    /// <summary>
    /// Runs one statement that commits by itself in this process's turn to write: no transaction
    /// around it, so the turn is held for that statement's own commit only.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> statement, CancellationToken ct)
    {
        if (_turn is null)
            return await statement();
        await WaitAsync(_turn, ct);
        try
        {
            return await statement();
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Waits for this process's turn to write, then begins the transaction.</summary>
    public async Task<GatedTransaction> BeginAsync(DbContext db, CancellationToken ct)
    {
        if (_turn is null)
            return new GatedTransaction(await db.Database.BeginTransactionAsync(ct), null);
        await WaitAsync(_turn, ct);
        try
        {
            return new GatedTransaction(await db.Database.BeginTransactionAsync(ct), _turn);
        }
        catch
        {
            _turn.Release();
            throw;
        }
    }

    private async Task WaitAsync(SemaphoreSlim turn, CancellationToken ct)
    {
        if (!await turn.WaitAsync(MaxWait, ct))
            throw new DatabaseBusyException($"No turn to write to the database within {MaxWait.TotalSeconds:N0} s.");
    }
}
