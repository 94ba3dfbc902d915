using CarPass.Data.Access;
using CarPass.Data.Achievements;
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
        services.AddScoped<VehicleAccessQuery>();
        services.AddScoped<SnapshotReader>();
        services.AddScoped<PassportRecomputer>();
        services.AddScoped<FreshPassports>();
        services.AddScoped<PassportReader>();
        services.AddScoped<TimelineReader>();
        services.AddScoped<CenterTrustReader>();
        services.AddScoped<AchievementReader>();
        services.AddScoped<RecomputeUseCases>();
        services.AddScoped<AchievementUnlocker>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<UserUseCases>();
        services.AddScoped<VehicleUseCases>();
        services.AddScoped<OdometerUseCases>();
        services.AddScoped<FuelUseCases>();
        services.AddScoped<ServiceEntryUseCases>();
        services.AddScoped<ReminderUseCases>();
        services.AddScoped<ServiceCenterUseCases>();
        services.AddScoped<VisitUseCases>();
        services.AddScoped<VisitDecisionUseCases>();
        services.AddScoped<DisputeUseCases>();
        services.AddScoped<StaffQuery>();
        services.AddScoped<TeamUseCases>();
        services.AddScoped<LookupUseCases>();
        services.AddScoped<AccessUseCases>();
        services.AddScoped<ChangeRequestUseCases>();
        services.AddScoped<OwnershipUseCases>();
        services.AddOptions<LookupLimits>();
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

    /// <summary>Makes sure the folder of a file database exists, so a fresh checkout just runs.</summary>
    public static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = builder.DataSource;
        if (!string.IsNullOrEmpty(path) && path != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
                Directory.CreateDirectory(folder);
        }
        return connectionString;
    }
}
