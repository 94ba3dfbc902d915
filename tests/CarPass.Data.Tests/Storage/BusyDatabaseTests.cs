using System.Diagnostics;
using CarPass.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Storage;

/// <summary>One busy timeout for every wait a writer makes, and a busy database told apart from a bug.</summary>
public sealed class BusyDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "carpass-tests", Guid.NewGuid().ToString("N"));

    public BusyDatabaseTests() => Directory.CreateDirectory(_folder);

    private string File => Path.Combine(_folder, "busy.db");

    [Fact]
    public void The_busy_timeout_is_ten_seconds_unless_the_connection_string_names_one()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), SqliteBusyTimeout.Of($"Data Source={File}"));
        Assert.Equal(TimeSpan.FromSeconds(3), SqliteBusyTimeout.Of($"Data Source={File};Default Timeout=3"));
        Assert.Equal(TimeSpan.FromSeconds(4), SqliteBusyTimeout.Of($"Data Source={File};Command Timeout=4"));
    }

    [Fact]
    public async Task A_lock_held_by_another_connection_past_the_busy_timeout_fails_as_busy_after_that_timeout()
    {
        await using var db = Context($"Data Source={File};Default Timeout=1");
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE t (x INTEGER);");
        Assert.Equal(1000L, await ScalarAsync(db, "PRAGMA busy_timeout;"));
        await using var blocker = new SqliteConnection($"Data Source={File}");
        await blocker.OpenAsync();
        await using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE; INSERT INTO t VALUES (1);";
            await begin.ExecuteNonQueryAsync();
        }

        var waited = Stopwatch.StartNew();
        var failure = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("INSERT INTO t VALUES (2);"));

        Assert.True(DatabaseBusy.Is(failure), failure?.ToString());
        Assert.InRange(waited.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_writer_that_gets_no_turn_at_the_gate_in_time_reports_the_database_busy()
    {
        var gate = WriteGate.ForSqlite(TimeSpan.FromMilliseconds(200));
        await using var first = Context($"Data Source={File}");
        await using var second = Context($"Data Source={File}");
        await using var holding = await gate.BeginAsync(first, default);

        var failure = await Record.ExceptionAsync(() => gate.BeginAsync(second, default));

        Assert.IsType<DatabaseBusyException>(failure);
        Assert.True(DatabaseBusy.Is(new InvalidOperationException("wrapped", failure)));
        Assert.False(DatabaseBusy.Is(new InvalidOperationException("a bug")));
    }

    private static CarPassDbContext Context(string connectionString)
    {
        var options = new DbContextOptionsBuilder<CarPassDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, connectionString);
        return new CarPassDbContext(options.Options);
    }

    private static async Task<long> ScalarAsync(CarPassDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
