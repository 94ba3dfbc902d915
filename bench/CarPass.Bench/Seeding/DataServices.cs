using CarPass.Data.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarPass.Bench.Seeding;

/// <summary>The product's data services (DbContext, readers, use cases) over one SQLite file, quiet logs.</summary>
public static class DataServices
{
    public static ServiceProvider Build(string connectionString) =>
        new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddCarPassData(connectionString)
            .BuildServiceProvider();

    public static async Task MigrateAsync(string connectionString, CancellationToken ct)
    {
        await using var services = Build(connectionString);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
    }
}
