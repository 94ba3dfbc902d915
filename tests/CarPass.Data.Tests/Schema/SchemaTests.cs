using CarPass.Data.Achievements;
using CarPass.Data.Notifications;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Achievements;
using CarPass.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Schema;

public sealed class SchemaTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("achievements", "code")]
    [InlineData("user_achievements", "user_id,achievement_id,vehicle_id,service_center_id")]
    [InlineData("vehicle_scores", "vehicle_id")]
    [InlineData("service_center_scores", "service_center_id")]
    [InlineData("notification_outbox", "vehicle_id,kind,period_key")]
    [InlineData("users", "telegram_id")]
    public async Task Spec_tables_carry_their_unique_indexes(string table, string columns)
    {
        var unique = await UniqueIndexColumnsAsync(table);

        Assert.Contains(columns, unique);
    }

    [Theory]
    [InlineData("engagement_events", "user_id,event_type,created_at")]
    [InlineData("engagement_events", "vehicle_id,event_type,created_at")]
    public async Task Engagement_events_are_indexed_for_per_user_and_per_vehicle_reads(string table, string columns)
    {
        var indexes = await QueryAsync($"SELECT name FROM pragma_index_list('{table}')", r => r.GetString(0));
        var columnLists = new List<string>();
        foreach (var index in indexes)
            columnLists.Add(
                string.Join(
                    ',',
                    await QueryAsync(
                        $"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno",
                        r => r.GetString(0)
                    )
                )
            );

        Assert.Contains(columns, columnLists);
    }

    [Fact]
    public async Task Every_connection_fresh_or_pooled_runs_in_wal_with_normal_sync_busy_timeout_and_foreign_keys()
    {
        foreach (var fresh in new[] { true, false, false })
        {
            if (fresh)
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Assert.Equal("wal", (await QueryAsync("PRAGMA journal_mode", r => r.GetString(0))).Single());
            Assert.Equal(1L, (await QueryAsync("PRAGMA synchronous", r => r.GetInt64(0))).Single());
            Assert.True((await QueryAsync("PRAGMA busy_timeout", r => r.GetInt64(0))).Single() >= 5000);
            Assert.Equal(1L, (await QueryAsync("PRAGMA foreign_keys", r => r.GetInt64(0))).Single());
        }
    }

    [Fact]
    public async Task The_achievement_catalogue_is_seeded_once_with_every_default_entry()
    {
        await _db.Get<Persistence.DatabaseInitializer>().InitializeAsync(default);

        var codes = await _db.ScalarAsync(c => c.Achievements.Select(a => a.Code).ToListAsync());

        Assert.Equal(AchievementCatalogue.Default.Select(d => d.Code).Order(), codes.Order());
    }

    [Fact]
    public async Task The_database_refuses_a_second_unlock_of_the_same_achievement_in_the_same_scope()
    {
        var user = await _db.UserAsync(5);
        var achievementId = await _db.ScalarAsync(c => c.Achievements.Select(a => a.Id).FirstAsync());
        UserAchievement Unlock() =>
            new()
            {
                UserId = user.Id,
                AchievementId = achievementId,
                UnlockedAt = TestDatabase.Start,
            };
        await using (var first = _db.NewContext())
        {
            first.UserAchievements.Add(Unlock());
            await first.SaveChangesAsync();
        }

        await using var second = _db.NewContext();
        second.UserAchievements.Add(Unlock());

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task The_database_refuses_a_second_outbox_row_for_the_same_vehicle_kind_and_period()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        OutboxMessage Nudge() =>
            new()
            {
                UserId = owner.Id,
                VehicleId = car.Id,
                Kind = NotificationKind.MaintenanceDueSoon,
                PeriodKey = "2026-W25",
                CreatedAt = TestDatabase.Start,
            };
        await using (var first = _db.NewContext())
        {
            first.Outbox.Add(Nudge());
            await first.SaveChangesAsync();
        }

        await using var second = _db.NewContext();
        second.Outbox.Add(Nudge());

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Times_come_back_as_utc()
    {
        var user = await _db.UserAsync(7);

        var created = await _db.ScalarAsync(c =>
            c.Users.Where(u => u.Id == user.Id).Select(u => u.CreatedAt).SingleAsync()
        );

        Assert.Equal(DateTimeKind.Utc, created.Kind);
        Assert.Equal(TestDatabase.Start, created);
    }

    [Fact]
    public async Task Enums_are_stored_as_text()
    {
        var scopes = await QueryAsync("SELECT DISTINCT scope FROM achievements ORDER BY scope", r => r.GetString(0));

        Assert.Equal(["ServiceCenter", "User", "Vehicle"], scopes);
    }

    private async Task<List<string>> UniqueIndexColumnsAsync(string table)
    {
        var indexes = await QueryAsync(
            $"SELECT name FROM pragma_index_list('{table}') WHERE \"unique\" = 1",
            r => r.GetString(0)
        );
        var result = new List<string>();
        foreach (var index in indexes)
            result.Add(
                string.Join(
                    ',',
                    await QueryAsync(
                        $"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno",
                        r => r.GetString(0)
                    )
                )
            );
        return result;
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<System.Data.Common.DbDataReader, T> read)
    {
        await using var context = _db.NewContext();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
            rows.Add(read(reader));
        return rows;
    }
}
