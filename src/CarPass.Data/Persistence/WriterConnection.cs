using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CarPass.Data.Persistence;

/// <summary>
/// The one physical SQLite connection this process writes through, lent to a context for its turn
/// at the <see cref="WriteGate"/>. In WAL mode SQLite drops a connection's whole page cache when
/// another connection has committed since its last transaction, so writers taking turns on whatever
/// connection the pool hands out read every table and index page they touch from the file again;
/// a connection that is the only writer keeps its cache from one write to the next (measured in
/// docs/PERFORMANCE.md). Used only inside the gate's turn, so by one context at a time.
/// </summary>
internal sealed class WriterConnection(string connectionString) : IDisposable
{
    /// <summary>A context whose connection is open deeper than this is a bug, not a caller to wait for.</summary>
    private const int MaxOpenDepth = 16;

    private SqliteConnection? _connection;

    /// <summary>
    /// Puts the writer under <paramref name="db"/> for the turn: the context's own connection is
    /// closed (it goes back to the pool) and the writer takes its place. Null when the context is
    /// on another database, or in a <see cref="ReadPhase"/>, whose query-only connection must be the
    /// one to refuse the write.
    /// </summary>
    public async Task<Lease?> LendAsync(DbContext db, CancellationToken ct)
    {
        var facade = db.Database;
        if (db is CarPassDbContext { InReadPhase: true } || facade.GetConnectionString() != connectionString)
            return null;
        var own = facade.GetDbConnection();
        var depth = 0;
        while (own.State != ConnectionState.Closed)
        {
            if (++depth > MaxOpenDepth)
                throw new InvalidOperationException("The context's connection was opened outside EF Core.");
            await facade.CloseConnectionAsync();
        }
        _connection ??= await OpenAsync(ct);
        facade.SetDbConnection(_connection, contextOwnsConnection: false);
        return new Lease(facade, connectionString, depth);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        SqlitePragmas.Apply(connection);
        return connection;
    }

    public void Dispose() => _connection?.Dispose();

    public static bool Serves(string connectionString) =>
        DataServiceCollectionExtensions.SqliteFile(connectionString) is not null;

    /// <summary>Gives the context a pooled connection of its own again, open as deep as it was.</summary>
    public sealed class Lease(DatabaseFacade facade, string connectionString, int depth)
    {
        public async Task ReturnAsync()
        {
            facade.SetDbConnection(new SqliteConnection(connectionString), contextOwnsConnection: true);
            for (var i = 0; i < depth; i++)
                await facade.OpenConnectionAsync();
        }
    }
}
