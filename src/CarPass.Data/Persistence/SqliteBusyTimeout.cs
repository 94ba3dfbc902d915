using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CarPass.Data.Persistence;

/// <summary>
/// How long a writer waits for SQLite's write lock before it gives up: the connection string's
/// <c>Default Timeout</c> in seconds, 10 unless it names one. One number for every wait a writer
/// makes: this process's <see cref="WriteGate"/>, SQLite's busy handler (<c>PRAGMA busy_timeout</c>)
/// and Microsoft.Data.Sqlite's own retries on a busy database (its command timeout, 30 s unless
/// set, which would otherwise stretch the pragma's 10 s to 30).
/// </summary>
public static class SqliteBusyTimeout
{
    public const int DefaultSeconds = 10;

    private static readonly string[] Keywords = ["Default Timeout", "Command Timeout"];

    /// <summary>The connection string with its timeout spelled out (the default when it names none).</summary>
    public static string Apply(string connectionString)
    {
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (Keywords.Any(named.ContainsKey))
            return connectionString;
        return new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = DefaultSeconds }.ToString();
    }

    public static TimeSpan Of(string connectionString) =>
        TimeSpan.FromSeconds(new SqliteConnectionStringBuilder(Apply(connectionString)).DefaultTimeout);
}
