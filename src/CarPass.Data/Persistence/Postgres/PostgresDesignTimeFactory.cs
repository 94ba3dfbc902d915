using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CarPass.Data.Persistence.Postgres;

/// <summary>Lets `dotnet ef migrations add … --context PostgresCarPassDbContext` build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCarPassDbContext>
{
    public PostgresCarPassDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresCarPassDbContext>();
        StorageRegistration.ConfigurePostgres(options, "Host=localhost;Database=carpass_design");
        return new PostgresCarPassDbContext(options.Options);
    }
}
