using CarPass.Data.Persistence;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace CarPass.Host.Jobs;

/// <summary>
/// Where Hangfire keeps its jobs: in memory for the single-instance SQLite default, in the same
/// PostgreSQL (schema "hangfire") when instances share a database.
/// </summary>
internal static class JobStorageFactory
{
    public static bool IsShared(IConfiguration configuration) =>
        string.Equals(
            configuration["Storage:Provider"],
            StorageRegistration.Postgres,
            StringComparison.OrdinalIgnoreCase
        );

    public static JobStorage Create(IConfiguration configuration)
    {
        if (!IsShared(configuration))
            return new InMemoryStorage();
        var options = new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, SchemaName = "hangfire" };
        return new PostgreSqlStorage(
            new NpgsqlConnectionFactory(configuration.GetConnectionString("CarPass")!, options),
            options
        );
    }
}
