using CarPass.Data.Access;
using CarPass.Data.Claims;
using CarPass.Data.Persistence;
using CarPass.Data.Persistence.Postgres;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CarPass.Data.Tests.Ownership;

/// <summary>
/// A database that already breaks one VIN per active passport and one live owner per car upgrades
/// without failing: the oldest keeps, the later ones become claims for review.
/// </summary>
public sealed class UpgradeWithDuplicatesTests
{
    private const string LastMigrationBefore = "UnlockLookupIndexes";
    private const string Vin = Garage.ValidVin;
    private static readonly DateTime Day = TestDatabase.Start;

    [Fact]
    public async Task Duplicates_in_an_sqlite_database_become_claims_and_the_upgrade_succeeds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "carpass-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var options = new DbContextOptionsBuilder<CarPassDbContext>();
            DataServiceCollectionExtensions.ConfigureSqlite(options, $"Data Source={Path.Combine(folder, "old.db")}");
            await UpgradeAndCheckAsync(() => new CarPassDbContext(options.Options));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Duplicates_in_a_postgres_database_become_claims_and_the_upgrade_succeeds()
    {
        TestPostgres.SkipUnlessAvailable();
        var connection = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var options = new DbContextOptionsBuilder<PostgresCarPassDbContext>();
            StorageRegistration.ConfigurePostgres(options, connection);
            await UpgradeAndCheckAsync(() => new PostgresCarPassDbContext(options.Options));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connection);
        }
    }

    private static async Task UpgradeAndCheckAsync(Func<CarPassDbContext> open)
    {
        var (a, b, c) = (NewUser(1), NewUser(2), NewUser(3));
        var (oldest, later, latest, archived, shared) = (
            NewCar("Oldest", Vin, 0),
            NewCar("Later", Vin, 1),
            NewCar("Latest", Vin, 2),
            NewCar("Archived", Vin, -1, VehicleState.Archived),
            NewCar("Shared", null, 0)
        );
        await using (var db = open())
        {
            await db.GetService<IMigrator>().MigrateAsync(LastMigrationBefore);
            db.Users.AddRange(a, b, c);
            db.Vehicles.AddRange(oldest, later, latest, archived, shared);
            db.VehicleAccessGrants.AddRange(
                Owner(oldest, a, 0),
                Owner(later, b, 0),
                Owner(latest, b, 0),
                Owner(archived, c, 0),
                Owner(shared, a, 0),
                Owner(shared, c, 1)
            );
            await db.SaveChangesAsync();
        }

        await using var upgraded = open();
        await upgraded.Database.MigrateAsync();

        var vins = await upgraded.Vehicles.ToDictionaryAsync(v => v.Name, v => v.Vin);
        Assert.Equal(Vin, vins["Oldest"]);
        Assert.Null(vins["Later"]);
        Assert.Null(vins["Latest"]);
        Assert.Equal(Vin, vins["Archived"]);
        var claims = await upgraded.VehicleClaims.ToListAsync();
        Assert.Equal(2, claims.Count);
        var vinClaim = Assert.Single(claims, x => x.Kind == ClaimKind.DuplicateVin);
        Assert.Equal(
            (oldest.Id, b.Id, Vin, ClaimStatus.Open),
            (vinClaim.VehicleId, vinClaim.ClaimantUserId, vinClaim.Vin, vinClaim.Status)
        );
        Assert.Contains(vinClaim.ClaimantVehicleId, new Guid?[] { later.Id, latest.Id });
        var ownerClaim = Assert.Single(claims, x => x.Kind == ClaimKind.DuplicateOwner);
        Assert.Equal((shared.Id, c.Id), (ownerClaim.VehicleId, ownerClaim.ClaimantUserId));
        var liveOwners = await upgraded
            .VehicleAccessGrants.Where(g =>
                g.VehicleId == shared.Id && g.Role == AccessRole.Owner && g.RevokedAt == null
            )
            .Select(g => g.UserId)
            .ToListAsync();
        Assert.Equal([a.Id], liveOwners);
    }

    private static User NewUser(long telegramId) =>
        new()
        {
            TelegramId = telegramId,
            FirstName = $"User {telegramId}",
            CreatedAt = Day,
            UpdatedAt = Day,
        };

    private static Vehicle NewCar(string name, string? vin, int day, VehicleState state = VehicleState.Active) =>
        new()
        {
            Name = name,
            Vin = vin,
            State = state,
            CreatedAt = Day.AddDays(day),
            UpdatedAt = Day.AddDays(day),
        };

    private static VehicleAccessGrant Owner(Vehicle car, User user, int day) =>
        new()
        {
            VehicleId = car.Id,
            UserId = user.Id,
            Role = AccessRole.Owner,
            GrantedAt = Day.AddDays(day),
        };
}
