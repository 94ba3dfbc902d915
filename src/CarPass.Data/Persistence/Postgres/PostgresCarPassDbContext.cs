using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Persistence.Postgres;

/// <summary>The same model on PostgreSQL; a separate type so its migrations live apart from SQLite's.</summary>
public sealed class PostgresCarPassDbContext(DbContextOptions<PostgresCarPassDbContext> options)
    : CarPassDbContext(options);
