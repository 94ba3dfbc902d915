using CarPass.Data.Access;
using CarPass.Data.Persistence;
using CarPass.Domain.Documents;
using CarPass.Domain.ServiceCenters;
using CarPass.Domain.Tyres;
using CarPass.Domain.Visits;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Host.Tests;

/// <summary>Runs the host's real entry point with the seed-demo verb against a temporary database.</summary>
public sealed class SeedDemoTests : IDisposable
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "carpass-seed-tests",
        Guid.NewGuid().ToString("N")
    );

    public SeedDemoTests() => Directory.CreateDirectory(_folder);

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "carpass.db")}";

    [Fact]
    public async Task Seed_demo_creates_an_owner_with_two_clearly_different_cars_and_a_verified_centre()
    {
        Assert.Equal(0, await RunHostAsync("seed-demo"));

        await using var db = OpenDatabase();
        var owner = await db.Users.SingleAsync(u => u.TelegramId == 100000001);
        var employee = await db.Users.SingleAsync(u => u.TelegramId == 100000002);
        var carIds = await db
            .VehicleAccessGrants.Where(g => g.UserId == owner.Id && g.Role == AccessRole.Owner)
            .Select(g => g.VehicleId)
            .ToListAsync();
        var scores = await db
            .VehicleScores.Where(s => carIds.Contains(s.VehicleId))
            .Select(s => s.CompletenessScore)
            .ToListAsync();
        var center = await db.ServiceCenters.SingleAsync();
        var visits = await db.ServiceVisits.Select(v => v.Status).ToListAsync();

        Assert.Equal("ru", owner.Language);
        Assert.True(carIds.Count >= 2);
        Assert.True(
            scores.Max() - scores.Min() >= 30,
            $"passport qualities should differ clearly: {string.Join(", ", scores)}"
        );
        Assert.Equal(VerificationStatus.Verified, center.Verification);
        Assert.True(
            await db.Employees.AnyAsync(e => e.UserId == employee.Id && e.ServiceCenterId == center.Id && e.IsActive)
        );
        Assert.Contains(VisitStatus.Confirmed, visits);
        Assert.Contains(VisitStatus.PendingConfirmation, visits);
        Assert.Equal(carIds.Count, await db.FuelEntries.Select(f => f.VehicleId).Distinct().CountAsync());
        Assert.True(await db.MaintenanceReminders.CountAsync() >= 2);
    }

    [Fact]
    public async Task Seed_demo_gives_the_camry_documents_and_tyres_and_the_vesta_a_lapsed_osago_whatever_the_day()
    {
        Assert.Equal(0, await RunHostAsync("seed-demo"));

        await using var db = OpenDatabase();
        // Documents are valid through their last day on the owner's calendar, in their time zone.
        var zone = (await db.Users.SingleAsync(u => u.TelegramId == 100000001)).TimeZone;
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).Date;
        var camry = await db.Vehicles.SingleAsync(v => v.Make == "Toyota");
        var vesta = await db.Vehicles.SingleAsync(v => v.Make == "Lada");
        var documents = await db.VehicleDocuments.ToListAsync();
        var tyres = await db.TyreSets.Where(t => t.VehicleId == camry.Id).ToListAsync();

        var camryOsago = documents.Single(d => d.VehicleId == camry.Id && d.Kind == DocumentKind.Osago);
        var inspection = documents.Single(d => d.VehicleId == camry.Id && d.Kind == DocumentKind.Inspection);
        var vestaOsago = documents.Single(d => d.VehicleId == vesta.Id);
        Assert.InRange((camryOsago.ExpiresOn - today).Days, 90, 365);
        Assert.Matches(@"^ХХХ \d{10}$", camryOsago.Number);
        Assert.Equal(today.AddDays(20), inspection.ExpiresOn);
        Assert.Equal(DocumentKind.Osago, vestaOsago.Kind);
        Assert.Equal(today.AddDays(-4), vestaOsago.ExpiresOn);
        Assert.Equal([TyreSeason.Summer, TyreSeason.Winter], tyres.Select(t => t.Season).Order());
        Assert.All(tyres, t => Assert.Equal("215/55 R17", t.Size));
        var fitted = Assert.Single(tyres, t => t.FittedOn is not null && t.RemovedOn is null);
        Assert.Equal(TyreNudges.Due(today, null)?.Season ?? TyreSeason.Winter, fitted.Season);
        Assert.All(tyres, t => Assert.True(t.FittedOn <= today));
    }

    [Fact]
    public async Task Seed_demo_run_again_changes_nothing()
    {
        Assert.Equal(0, await RunHostAsync("seed-demo"));
        var before = await CountRowsAsync();

        Assert.Equal(0, await RunHostAsync("seed-demo"));

        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task In_production_seed_demo_refuses_without_force_and_changes_nothing()
    {
        Assert.Equal(1, await RunHostAsync("seed-demo", "Production"));

        Assert.False(File.Exists(Path.Combine(_folder, "carpass.db")));
        Assert.False(Directory.Exists(Path.Combine(_folder, "keys")));
    }

    [Fact]
    public async Task In_production_seed_demo_runs_when_told_force()
    {
        Assert.Equal(0, await RunHostAsync("seed-demo", "Production", "--force"));

        await using var db = OpenDatabase();
        Assert.True(await db.Users.AnyAsync(u => u.TelegramId == 100000001));
    }

    private Task<int> RunHostAsync(string verb, string environment = "Development", params string[] more) =>
        HostEntryPoint.RunAsync([
            verb,
            .. more,
            $"--environment={environment}",
            $"--ConnectionStrings:CarPass={ConnectionString}",
        ]);

    private CarPassDbContext OpenDatabase()
    {
        var options = new DbContextOptionsBuilder<CarPassDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, ConnectionString);
        return new CarPassDbContext(options.Options);
    }

    private async Task<Dictionary<string, int>> CountRowsAsync()
    {
        await using var db = OpenDatabase();
        return new()
        {
            ["users"] = await db.Users.CountAsync(),
            ["vehicles"] = await db.Vehicles.CountAsync(),
            ["visits"] = await db.ServiceVisits.CountAsync(),
            ["fuel"] = await db.FuelEntries.CountAsync(),
            ["documents"] = await db.VehicleDocuments.CountAsync(),
            ["tyres"] = await db.TyreSets.CountAsync(),
            ["audit"] = await db.AuditLog.CountAsync(),
            ["unlocks"] = await db.UserAchievements.CountAsync(),
        };
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
