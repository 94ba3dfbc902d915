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
        if (string.Equals(provider, Postgres, StringComparison.OrdinalIgnoreCase))
            services.AddDbContext<CarPassDbContext, PostgresCarPassDbContext>(o =>
                ConfigurePostgres(o, connectionString)
            );
        else if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var prepared = DataServiceCollectionExtensions.PrepareSqlite(connectionString);
            services.AddDbContext<CarPassDbContext>(o => DataServiceCollectionExtensions.ConfigureSqlite(o, prepared));
        }
        else
            throw new InvalidOperationException(
                $"Storage:Provider must be '{Sqlite}' or '{Postgres}', not '{provider}'."
            );
    }

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention();
}
