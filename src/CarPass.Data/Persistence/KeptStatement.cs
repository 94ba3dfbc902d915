using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace CarPass.Data.Persistence;

/// <summary>
/// A hot SQLite read prepared once per physical connection and kept for that connection's life.
/// Microsoft.Data.Sqlite keeps a prepared statement only while its command object lives and
/// finalizes it when the command or its connection closes (dotnet/efcore#14044), and EF Core makes
/// a new command for every query, compiled or not; for the short reads every API request makes,
/// preparing the SQL was most of the request's time (docs/PERFORMANCE.md). The pool keeps physical
/// connections open, so a statement kept per connection is prepared a few times per process.
/// </summary>
/// <remarks>
/// A physical connection serves one caller at a time, and so does its statement. SQLite prepares a
/// statement again by itself after a schema change. Each use ends with a reset, even on failure: a
/// statement left mid-step would hold its read snapshot open. The statement is finalized once its
/// connection is gone (the connection is the key of a weak table).
/// </remarks>
public sealed class KeptStatement(string sql)
{
    private readonly ConditionalWeakTable<sqlite3, sqlite3_stmt> _prepared = new();

    /// <summary>
    /// Runs <paramref name="read"/> on the context's connection, opened for it when it is not (as EF
    /// Core opens it for a query), inside the context's transaction when there is one.
    /// </summary>
    public static async Task<T> OnConnectionAsync<T>(
        CarPassDbContext db,
        Func<SqliteConnection, T> read,
        CancellationToken ct
    )
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return read((SqliteConnection)db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Runs this statement, which returns no rows, on the context's connection (see <see cref="OnConnectionAsync"/>).</summary>
    public Task ExecuteAsync(CarPassDbContext db, Action<Use> bind, CancellationToken ct) =>
        OnConnectionAsync(
            db,
            connection =>
            {
                using var use = Start(connection);
                bind(use);
                return use.Read();
            },
            ct
        );

    /// <summary>The statement on <paramref name="connection"/> (open), ready to bind; dispose the use to reset it.</summary>
    public Use Start(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        if (!_prepared.TryGetValue(handle, out var statement))
        {
            var rc = raw.sqlite3_prepare_v3(handle, sql, raw.SQLITE_PREPARE_PERSISTENT, out statement);
            SqliteException.ThrowExceptionForRC(rc, handle);
            _prepared.AddOrUpdate(handle, statement);
        }
        return new Use(handle, statement);
    }

    public readonly struct Use(sqlite3 handle, sqlite3_stmt statement) : IDisposable
    {
        public void Bind(int index, string value) => Check(raw.sqlite3_bind_text(statement, index, value));

        public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(statement, index, value));

        public void Bind(int index, long? value)
        {
            if (value is { } known)
                Bind(index, known);
            else
                Check(raw.sqlite3_bind_null(statement, index));
        }

        /// <summary>A Guid as EF Core stores it on SQLite (upper-case text).</summary>
        public void Bind(int index, Guid value) => Bind(index, value.ToString().ToUpperInvariant());

        /// <summary>A UTC time as EF Core stores it on SQLite (see <see cref="SqliteTimeText"/>).</summary>
        public void Bind(int index, DateTime value) => Bind(index, SqliteTimeText.Write(value));

        /// <summary>Steps to the next row: true when there is one.</summary>
        public bool Read()
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW)
                return true;
            if (rc != raw.SQLITE_DONE)
                SqliteException.ThrowExceptionForRC(rc, handle);
            return false;
        }

        public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

        public string Text(int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

        public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

        public Guid Guid(int column) => System.Guid.Parse(Text(column));

        public Guid? NullableGuid(int column) => IsNull(column) ? null : Guid(column);

        public void Dispose()
        {
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
        }

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK)
                SqliteException.ThrowExceptionForRC(rc, handle);
        }
    }
}
