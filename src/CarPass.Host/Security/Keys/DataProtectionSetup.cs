using CarPass.Data.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Security.Keys;

/// <summary>
/// Where the data-protection keys (they sign the operator cookie) are kept, so cookies survive a
/// restart: DataProtection:KeysPath when set; else on SQLite the owner-only folder "keys" beside the
/// database file, and on PostgreSQL the database itself. The keys are stored as plain XML on purpose
/// (an encryption key kept on the same machine would protect nothing); the folder's 0700 mode and
/// the database's access rules are their protection.
/// </summary>
internal static class DataProtectionSetup
{
    public const string KeysPathKey = "DataProtection:KeysPath";

    public static WebApplicationBuilder AddCarPassDataProtection(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var protection = builder.Services.AddDataProtection().SetApplicationName("CarPass");
        builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new NullXmlEncryptor());
        if (KeysFolder(configuration) is { } folder)
            protection.PersistKeysToFileSystem(new DirectoryInfo(folder));
        else if (IsPostgres(configuration))
        {
            var connectionString = configuration.GetConnectionString("CarPass") ?? "";
            builder.Services.AddDbContext<DataProtectionKeysDbContext>(o =>
                o.UseNpgsql(connectionString).UseSnakeCaseNamingConvention()
            );
            protection.PersistKeysToDbContext<DataProtectionKeysDbContext>();
        }
        return builder;
    }

    /// <summary>
    /// Creates the keys folder (0700) or the PostgreSQL keys table before anything asks for a key,
    /// together with the database, so `backup` and a refused `seed-demo` leave neither behind.
    /// </summary>
    public static async Task InitializeKeysAsync(IServiceProvider services, CancellationToken ct)
    {
        if (KeysFolder(services.GetRequiredService<IConfiguration>()) is { } folder)
        {
            OwnerOnly.EnsureOwnFolder(folder);
            return;
        }
        await using var scope = services.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<DataProtectionKeysDbContext>() is { } db)
            await DataProtectionKeysTable.EnsureAsync(db, ct);
    }

    private static string? KeysFolder(IConfiguration configuration)
    {
        if (configuration[KeysPathKey] is { Length: > 0 } configured)
            return Path.GetFullPath(configured);
        if (IsPostgres(configuration))
            return null;
        var database = DataServiceCollectionExtensions.SqliteFile(
            configuration.GetConnectionString("CarPass") ?? DataServiceCollectionExtensions.DefaultConnectionString
        );
        return database is null ? null : Path.Combine(Path.GetDirectoryName(database)!, "keys");
    }

    private static bool IsPostgres(IConfiguration configuration) =>
        string.Equals(
            configuration["Storage:Provider"],
            StorageRegistration.Postgres,
            StringComparison.OrdinalIgnoreCase
        );
}
