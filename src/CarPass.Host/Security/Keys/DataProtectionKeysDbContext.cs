using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Security.Keys;

/// <summary>
/// On PostgreSQL the data-protection keys live in the database (table data_protection_keys), so
/// every instance behind the load balancer reads the operator cookie another one wrote. Its own small
/// context keeps this host concern out of the product's model and migrations.
/// </summary>
public sealed class DataProtectionKeysDbContext(DbContextOptions<DataProtectionKeysDbContext> options)
    : DbContext(options),
        IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
