using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarPass.Data.Persistence;

/// <summary>
/// WAL lets readers run beside the writer; NORMAL sync is safe with WAL; a busy timeout makes a
/// second writer wait instead of failing at once (as long as the connection's Default Timeout, see
/// <see cref="SqliteBusyTimeout"/>); foreign keys are off by default in SQLite.
/// Pragmas belong to the physical connection, which the pool hands out again and again, so they
/// run once per physical connection rather than on every open.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private static string Pragmas(DbConnection connection) =>
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout="
        + (((SqliteConnection)connection).DefaultTimeout * 1000L).ToString(CultureInfo.InvariantCulture)
        + ";";

    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection, out var handle))
            return;
        Apply((SqliteConnection)connection);
        Configured.AddOrUpdate(handle, handle);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        if (!NeedsPragmas(connection, out var handle))
            return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        Configured.AddOrUpdate(handle, handle);
    }

    /// <summary>For a connection opened outside EF Core (<see cref="WriterConnection"/>).</summary>
    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas(connection);
        command.ExecuteNonQuery();
    }

    private static bool NeedsPragmas(DbConnection connection, out object handle)
    {
        handle = ((SqliteConnection)connection).Handle ?? (object)connection;
        return !Configured.TryGetValue(handle, out _);
    }
}
