using Npgsql;

namespace CarPass.Data.Tests.Support;

/// <summary>
/// A fresh database per test on the local PostgreSQL that the test script starts
/// (CARPASS_TEST_POSTGRES). Without it, the PostgreSQL tests are skipped, loudly, by the script.
/// </summary>
public static class TestPostgres
{
    public static string? ServerConnectionString => Environment.GetEnvironmentVariable("CARPASS_TEST_POSTGRES");

    public static void SkipUnlessAvailable() =>
        Skip.If(
            ServerConnectionString is null,
            "PostgreSQL is not available (CARPASS_TEST_POSTGRES is not set; run bash tests/run.sh)."
        );

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"carpass_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
