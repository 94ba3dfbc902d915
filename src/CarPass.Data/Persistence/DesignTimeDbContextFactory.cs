using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CarPass.Data.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CarPassDbContext>
{
    public CarPassDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CarPassDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, "Data Source=design-time.db");
        return new CarPassDbContext(options.Options);
    }
}
