using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Persistence.Postgres;

/// <summary>The same model on PostgreSQL; a separate type so its migrations live apart from SQLite's.</summary>
public sealed class PostgresCarPassDbContext(DbContextOptions<PostgresCarPassDbContext> options)
    : CarPassDbContext(options)
{
    /// <summary>Native timestamps; values read back are marked as UTC so nothing is shifted twice.</summary>
    protected override void ConfigureTimes(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
