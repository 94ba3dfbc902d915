using System.Globalization;
using CarPass.Data.Audit;
using CarPass.Data.Persistence;
using CarPass.Data.Persistence.Postgres;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Users;
using CarPass.Data.Vehicles;
using CarPass.Data.Visits;
using CarPass.Domain.Visits;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CarPass.Data.Tests.Visits;

/// <summary>
/// Visits stored before visit work upgrade to its rules: a hidden visit gets back the status it had
/// (so its centre's figures count it again) and stays hidden; a visit an operator confirmed for the
/// centre, which its owner never confirmed, goes back to waiting for the owner.
/// </summary>
public sealed class UpgradeVisitWorkTests
{
    private const string LastMigrationBefore = "W2ReadSide";
    private static readonly DateTime Day = TestDatabase.Start;

    [Fact]
    public async Task Older_sqlite_visits_get_their_status_back_and_wait_for_their_owner()
    {
        var folder = Path.Combine(Path.GetTempPath(), "carpass-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var options = new DbContextOptionsBuilder<CarPassDbContext>();
            DataServiceCollectionExtensions.ConfigureSqlite(options, $"Data Source={Path.Combine(folder, "old.db")}");
            await UpgradeAndCheckAsync(() => new CarPassDbContext(options.Options), sqlite: true);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Older_postgres_visits_get_their_status_back_and_wait_for_their_owner()
    {
        TestPostgres.SkipUnlessAvailable();
        var connection = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var options = new DbContextOptionsBuilder<PostgresCarPassDbContext>();
            StorageRegistration.ConfigurePostgres(options, connection);
            await UpgradeAndCheckAsync(() => new PostgresCarPassDbContext(options.Options), sqlite: false);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connection);
        }
    }

    private static async Task UpgradeAndCheckAsync(Func<CarPassDbContext> open, bool sqlite)
    {
        var owner = new User
        {
            TelegramId = 1,
            FirstName = "Owner",
            CreatedAt = Day,
            UpdatedAt = Day,
        };
        var car = new Vehicle
        {
            Name = "Golf",
            CreatedAt = Day,
            UpdatedAt = Day,
        };
        var center = new ServiceCenter
        {
            Name = "Motor",
            City = "Kazan",
            CreatedByUserId = owner.Id,
            CreatedAt = Day,
        };
        var (hidden, operatorConfirmed, ownerConfirmed) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var db = open())
        {
            await db.GetService<IMigrator>().MigrateAsync(LastMigrationBefore);
            db.Users.Add(owner);
            db.Vehicles.Add(car);
            db.ServiceCenters.Add(center);
            await db.SaveChangesAsync();
            object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;
            object At(DateTime at) =>
                sqlite ? at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) : at;
            foreach (
                var (id, status) in new[]
                {
                    (hidden, "Hidden"),
                    (operatorConfirmed, "Confirmed"),
                    (ownerConfirmed, "Confirmed"),
                }
            )
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO service_visits (id, vehicle_id, service_center_id, created_by_user_id, visit_date, "
                        + "work_items, status, status_changed_at, created_at, version) "
                        + "VALUES ({0}, {1}, {2}, {3}, {4}, 'Oil', {5}, {6}, {4}, {7})",
                    Id(id),
                    Id(car.Id),
                    Id(center.Id),
                    Id(owner.Id),
                    At(Day),
                    status,
                    At(Day.AddDays(1)),
                    Id(Guid.NewGuid())
                );
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE service_visits SET confirmed_at = visit_date WHERE id = {0}",
                Id(ownerConfirmed)
            );
            db.AuditLog.Add(
                new AuditEntry
                {
                    OccurredAt = Day.AddDays(1),
                    Action = "visit.hidden",
                    EntityType = nameof(ServiceVisit),
                    EntityId = hidden,
                    DataJson = """{"from":"Rejected"}""",
                }
            );
            db.Disputes.AddRange(
                ResolvedForCenter(operatorConfirmed, owner.Id),
                ResolvedForCenter(ownerConfirmed, owner.Id)
            );
            await db.SaveChangesAsync();
        }

        await using var upgraded = open();
        await upgraded.Database.MigrateAsync();

        var visits = await upgraded.ServiceVisits.AsNoTracking().ToDictionaryAsync(v => v.Id);
        Assert.Equal((VisitStatus.Rejected, Day.AddDays(1)), (visits[hidden].Status, visits[hidden].HiddenAt));
        Assert.Equal(VisitStatus.PendingConfirmation, visits[operatorConfirmed].Status);
        Assert.Equal(VisitStatus.Confirmed, visits[ownerConfirmed].Status);
        Assert.All(visits.Values, v => Assert.Empty(v.WorkKinds));
    }

    private static Dispute ResolvedForCenter(Guid visitId, Guid ownerId) =>
        new()
        {
            ServiceVisitId = visitId,
            OpenedByUserId = ownerId,
            Reason = "Not done",
            Status = DisputeStatus.ResolvedForCenter,
            CreatedAt = Day,
            ResolvedAt = Day.AddDays(2),
        };
}
