using CarPass.Data.Persistence;
using CarPass.Data.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPass.Data.Tests.Support;

/// <summary>A real SQLite file in a temporary folder, migrated like production, removed afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder;
    private readonly ServiceProvider _services;

    private TestDatabase(string folder, ServiceProvider services, FakeTimeProvider clock, string connectionString)
    {
        _folder = folder;
        _services = services;
        Clock = clock;
        ConnectionString = connectionString;
    }

    public static readonly DateTime Start = new(2026, 6, 15, 10, 0, 0, DateTimeKind.Utc);

    public FakeTimeProvider Clock { get; }
    public string Provider { get; private init; } = StorageRegistration.Sqlite;
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string provider = StorageRegistration.Sqlite)
    {
        var folder = Path.Combine(Path.GetTempPath(), "carpass-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString =
            provider == StorageRegistration.Postgres
                ? await TestPostgres.CreateDatabaseAsync()
                : $"Data Source={Path.Combine(folder, "carpass.db")}";
        var clock = new FakeTimeProvider(new DateTimeOffset(Start));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddCarPassData(provider, connectionString)
            .BuildServiceProvider();
        var db = new TestDatabase(folder, services, clock, connectionString) { Provider = provider };
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        return db;
    }

    /// <summary>A fresh scope, as one bot update or one HTTP request would get.</summary>
    public T Get<T>()
        where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public CarPassDbContext NewContext() => Get<CarPassDbContext>();

    /// <summary>One scope for several services that must share a DbContext (and its transaction).</summary>
    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public async Task<User> UserAsync(long telegramId, string language = "en", bool isOperator = false)
    {
        var outcome = await Get<UserUseCases>()
            .EnsureAsync(
                new TelegramProfile(telegramId, $"User {telegramId}", LanguageCode: language),
                isOperator,
                default
            );
        return outcome.Value!;
    }

    /// <summary>A write on a connection of its own, outside the product's pool, as another process would make it.</summary>
    public async Task WriteElsewhereAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.True(await command.ExecuteNonQueryAsync() > 0);
    }

    public async Task<T> ScalarAsync<T>(Func<CarPassDbContext, Task<T>> query)
    {
        await using var context = NewContext();
        return await query(context);
    }

    /// <summary>Row counts of every table, to prove that a refused write changed nothing.</summary>
    public async Task<Dictionary<string, long>> CountAllRowsAsync()
    {
        await using var context = NewContext();
        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct().OfType<string>().ToList();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }
        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        if (Provider == StorageRegistration.Postgres)
            await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}
