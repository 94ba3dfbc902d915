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
    private readonly string _connectionString = connectionString;
    private SqliteConnection? _connection;

    /// <summary>
    /// Puts the writer under <paramref name="db"/> for the turn, in place of the context's own
    /// connection, which must be closed. Null, and the context writes on its own connection as it
    /// would without the gate's, when it is open (a caller holds it, or a <see cref="ReadPhase"/>,
    /// whose query-only connection must be the one to refuse a write), when EF Core will not let the
    /// context's connection go, or when the context is on another database.
    /// </summary>
    public async Task<Lease?> LendAsync(DbContext db, CancellationToken ct)
    {
        var facade = db.Database;
        if (
            facade.GetDbConnection().State != ConnectionState.Closed
            || facade.GetConnectionString() != _connectionString
        )
            return null;
        _connection ??= await OpenAsync(ct);
        try
        {
            facade.SetDbConnection(_connection, contextOwnsConnection: false);
        }
        catch (InvalidOperationException)
        {
            return null; // EF Core refused the swap before changing anything.
        }
        return new Lease(this, facade);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        SqlitePragmas.Apply(connection);
        return connection;
    }

    public void Dispose() => _connection?.Dispose();

    public static bool Serves(string connectionString) =>
        DataServiceCollectionExtensions.SqliteFile(connectionString) is not null;

    /// <summary>
    /// Gives the context a (closed) pooled connection of its own again. Should EF Core refuse, the
    /// writer is closed and forgotten (the next turn opens another), so the context cannot go on
    /// writing through it beside the next turn.
    /// </summary>
    public sealed class Lease(WriterConnection writer, DatabaseFacade facade)
    {
        public void Return()
        {
            try
            {
                facade.SetDbConnection(new SqliteConnection(writer._connectionString), contextOwnsConnection: true);
            }
            catch
            {
                writer._connection?.Dispose();
                writer._connection = null;
                throw;
            }
        }
    }
}
