using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Persistence;

/// <summary>
/// SQLite admits one writer at a time. Writers of this process take turns here, in arrival order,
/// before they begin their transaction: a waiting writer costs no thread, and the next one starts
/// the moment the last one commits, instead of sleeping in SQLite's busy handler and polling the
/// lock. Other processes on the same file still queue on the busy timeout. A writer whose context's
/// connection is closed writes through the one connection the gate lends it for its turn
/// (<see cref="WriterConnection"/>), whose page cache stays warm. PostgreSQL has no such lock, so
/// there the gate lets everyone through.
/// </summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim? _turn;
    private readonly WriterConnection? _writer;

    private WriteGate(bool serializes, TimeSpan maxWait, string? connectionString)
    {
        _turn = serializes ? new SemaphoreSlim(1, 1) : null;
        MaxWait = maxWait > TimeSpan.Zero ? maxWait : Timeout.InfiniteTimeSpan;
        if (connectionString is not null && WriterConnection.Serves(connectionString))
            _writer = new WriterConnection(connectionString);
    }

    /// <param name="busyTimeout">As long as SQLite's own (<see cref="SqliteBusyTimeout"/>): after that a writer gives up.</param>
    /// <param name="connectionString">The contexts' own (a file database): their writes go through one connection to it; without it, each writes on its own.</param>
    public static WriteGate ForSqlite(TimeSpan busyTimeout, string? connectionString = null) =>
        new(serializes: true, busyTimeout, connectionString);

    public static WriteGate PassThrough() => new(serializes: false, Timeout.InfiniteTimeSpan, null);

    /// <summary>How long a writer waits for its turn before the database counts as busy.</summary>
    public TimeSpan MaxWait { get; }

    /// <summary>Whether writers of this process take turns (SQLite).</summary>
    public bool Serializes => _turn is not null;

    /// <summary>
    /// Runs one statement of <paramref name="db"/> that commits by itself in this process's turn to
    /// write: no transaction around it, so the turn is held for that statement's own commit only.
    /// </summary>
    public async Task<T> RunAsync<T>(DbContext db, Func<Task<T>> statement, CancellationToken ct)
    {
        if (_turn is null)
            return await statement();
        using var turn = await TakeTurnAsync(db, ct);
        return await statement();
    }

    /// <summary>Waits for this process's turn to write, then begins the transaction.</summary>
    public async Task<GatedTransaction> BeginAsync(DbContext db, CancellationToken ct)
    {
        if (_turn is null)
            return new GatedTransaction(await db.Database.BeginTransactionAsync(ct), null);
        var turn = await TakeTurnAsync(db, ct);
        try
        {
            return new GatedTransaction(await db.Database.BeginTransactionAsync(ct), turn);
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    private async Task<Turn> TakeTurnAsync(DbContext db, CancellationToken ct)
    {
        await WaitAsync(_turn!, ct);
        try
        {
            return new Turn(_turn!, _writer is null ? null : await _writer.LendAsync(db, ct));
        }
        catch
        {
            _turn!.Release();
            throw;
        }
    }

    public void Dispose() => _writer?.Dispose();

    /// <summary>A writer's turn: ending it gives the context its own connection back, then hands the turn on.</summary>
    internal sealed class Turn(SemaphoreSlim turn, WriterConnection.Lease? lease) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 1)
                return;
            try
            {
                lease?.Return();
            }
            finally
            {
                turn.Release();
            }
        }
    }

    private async Task WaitAsync(SemaphoreSlim turn, CancellationToken ct)
    {
        if (!await turn.WaitAsync(MaxWait, ct))
            throw new DatabaseBusyException($"No turn to write to the database within {MaxWait.TotalSeconds:N0} s.");
    }
}
