using CarPass.Data.Persistence.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Persistence;

/// <summary>Chooses the database: SQLite (one instance, the default) or PostgreSQL (several instances).</summary>
public static class StorageRegistration
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static void AddCarPassDbContext(IServiceCollection services, string provider, string connectionString)
    {
        // Contexts are pooled: an update or a request rents one instead of building its services anew.
        if (string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContextPool<CarPassDbContext, PostgresCarPassDbContext>(o =>
                ConfigurePostgres(o, connectionString)
            );
            services.AddSingleton(_ => WriteGate.PassThrough());
        }
        else if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var prepared = DataServiceCollectionExtensions.PrepareSqlite(connectionString);
            services.AddDbContextPool<CarPassDbContext>(o =>
                DataServiceCollectionExtensions.ConfigureSqlite(o, prepared)
            );
            // Made by the container, so the host's end closes the gate's writer connection.
            services.AddSingleton(_ =>
                WriteGate.ForSqlite(SqliteBusyTimeout.Of(prepared), SqliteBusyTimeout.Apply(prepared))
            );
        }
        else
            throw new InvalidOperationException(
                $"Storage:Provider must be '{Sqlite}' or '{Postgres}', not '{provider}'."
            );
    }

    /// <remarks>Lists of ids travel as one array parameter, as on SQLite (see DataServiceCollectionExtensions.ConfigureSqlite).</remarks>
    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .UseSnakeCaseNamingConvention();
}
