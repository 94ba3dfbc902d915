using CarPass.Data.Access;
using CarPass.Data.Achievements;
using CarPass.Data.CenterReview;
using CarPass.Data.Charging;
using CarPass.Data.Documents;
using CarPass.Data.Fuel;
using CarPass.Data.Lookup;
using CarPass.Data.Notifications;
using CarPass.Data.Odometer;
using CarPass.Data.Ownership;
using CarPass.Data.Passports;
using CarPass.Data.Reminders;
using CarPass.Data.Requests;
using CarPass.Data.Scores;
using CarPass.Data.Service;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Timeline;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Data.WritePath;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarPass.Data.Persistence;

public static class DataServiceCollectionExtensions
{
    public const string DefaultConnectionString = "Data Source=data/carpass.db";

    public static IServiceCollection AddCarPassData(this IServiceCollection services, string? connectionString) =>
        services.AddCarPassData(StorageRegistration.Sqlite, connectionString);

    public static IServiceCollection AddCarPassData(
        this IServiceCollection services,
        string provider,
        string? connectionString
    )
    {
        var connection = string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString;
        services.TryAddSingleton(TimeProvider.System);
        StorageRegistration.AddCarPassDbContext(services, provider, connection);
        services.AddScoped<WriteRunner>();
        services.AddScoped<ReadPhase>();
        services.AddScoped<CarPass.Data.Bot.InboxStore>();
        services.AddScoped<CarPass.Data.Bot.HandledUpdatesCleanup>();
        services.TryAddSingleton<Leases.InstanceIdentity>();
        services.AddScoped<Leases.NamedLeases>();
        services.AddScoped<VehicleAccessReader>();
        services.AddScoped<SnapshotReader>();
        services.AddScoped<PassportRecomputer>();
        services.AddOptions<ReadModelOptions>();
        services.TryAddSingleton<PassportCache>();
        services.TryAddSingleton<KeptHistories>();
        services.AddScoped<PassportLoader>();
        services.AddScoped<PassportReader>();
        services.AddScoped<TimelineReader>();
        services.AddSingleton<SqliteChanges>();
        services.AddScoped<Charts.VehicleChartsReader>();
        services.AddSingleton<TimelinePageCache>();
        services.AddSingleton<KeptVehicles>();
        services.AddSingleton<KeptGrants>();
        services.AddSingleton<SignedInUsers>();
        services.AddScoped<CenterTrustReader>();
        services.AddScoped<AchievementReader>();
        services.AddScoped<RecomputeUseCases>();
        services.AddSingleton<ActiveBadges>();
        services.AddScoped<AchievementUnlocker>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<UserUseCases>();
        services.AddScoped<CenterMuteUseCases>();
        services.AddScoped<MutedCentersReader>();
        services.AddScoped<UserSettingsReader>();
        services.AddScoped<VehicleUseCases>();
        services.AddScoped<VinRegistry>();
        services.AddScoped<OdometerUseCases>();
        services.AddScoped<FuelUseCases>();
        services.AddScoped<ChargingUseCases>();
        services.AddScoped<ChargingReader>();
        services.AddDocumentsAndTyres();
        services.AddScoped<ServiceEntryUseCases>();
        services.AddScoped<ReminderUseCases>();
        services.AddScoped<ServiceCenterUseCases>();
        services.AddScoped<VisitUseCases>();
        services.AddScoped<VisitDecisionUseCases>();
        services.AddScoped<AwaitingVisitsReader>();
        services.AddScoped<OdometerReader>();
        services.AddScoped<VisitAnswerReader>();
        services.AddScoped<DisputeUseCases>();
        services.AddScoped<StaffReader>();
        services.AddScoped<TeamUseCases>();
        services.AddScoped<LookupUseCases>();
        services.AddScoped<LookupQuota>();
        services.AddScoped<AccessUseCases>();
        services.AddScoped<RepeatRequests>();
        services.AddScoped<RecipientReader>();
        services.AddScoped<CenterReader>();
        services.AddScoped<GrantReader>();
        services.AddScoped<VehicleReader>();
        services.AddScoped<ReviewNotices>();
        services.AddScoped<BotReachability>();
        services.AddScoped<ChangeRequestUseCases>();
        services.AddScoped<OwnershipUseCases>();
        services.AddScoped<TransferLinkReader>();
        services.AddScoped<Claims.ClaimUseCases>();
        services.AddScoped<Claims.ClaimReader>();
        services.AddScoped<Export.ExportReader>();
        services.AddScoped<Import.ImportUseCases>();
        services.AddOptions<LookupLimits>();
        services.AddOptions<AccessLimits>();
        services.AddOptions<RegistrationLimits>();
        services.AddOptions<AdminOptions>();
        services.AddScoped<Reports.ReportReader>();
        services.AddScoped<Reports.ShareLinkUseCases>();
        services.AddScoped<Reports.ShareLinkReader>();
        services.AddNotificationData();
        return services;
    }

    /// <remarks>
    /// A list of ids in a query travels as one array parameter (json_each on SQLite) rather than EF
    /// Core 10's default of one parameter per id: SQLite binds parameters by name with a linear
    /// search, so a batch of 500 ids cost 125,000 name comparisons per statement (docs/PERFORMANCE.md).
    /// </remarks>
    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(
                SqliteBusyTimeout.Apply(connectionString),
                o => o.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
            )
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new SqlitePragmas());

    /// <summary>Makes sure the folder of a file database exists (a new one 0700), so a fresh checkout just runs.</summary>
    public static string PrepareSqlite(string connectionString)
    {
        if (SqliteFile(connectionString) is { } path && Path.GetDirectoryName(path) is { Length: > 0 } folder)
            OwnerOnly.EnsureFolder(folder);
        return connectionString;
    }

    /// <summary>
    /// Creates the database file 0600 before SQLite does (SQLite gives its -wal and -shm the same
    /// mode), and brings an older database and its companions to 0600. A new file is made a WAL
    /// database at once: EF Core looks at an existing file through a read-only connection, which
    /// cannot turn an empty file into a database.
    /// </summary>
    public static void RestrictSqliteFiles(string connectionString)
    {
        if (SqliteFile(connectionString) is not { } path)
            return;
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.ReadOnly && !File.Exists(path))
        {
            OwnerOnly.EnsureFile(path);
            using var connection = new SqliteConnection(
                new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString()
            );
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            command.ExecuteNonQuery();
        }
        OwnerOnly.Restrict(path);
        OwnerOnly.Restrict(path + "-wal");
        OwnerOnly.Restrict(path + "-shm");
    }

    /// <summary>The full path of the database file, or null for an in-memory database.</summary>
    public static string? SqliteFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = builder.DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            return null;
        return Path.GetFullPath(path);
    }
}
