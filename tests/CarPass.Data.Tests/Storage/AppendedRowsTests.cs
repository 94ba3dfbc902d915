using CarPass.Data.Audit;
using CarPass.Data.Bot;
using CarPass.Data.Engagement;
using CarPass.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Storage;

/// <summary>
/// On SQLite, inside a transaction, new audit and engagement rows are stored by a kept insert rather
/// than by EF Core (<see cref="Persistence.AppendedRows"/>): what lands in the table must be exactly
/// what EF Core stores, column for column, and a save that fails must lose none of them.
/// </summary>
public sealed class AppendedRowsTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_audit_entry_stored_by_hand_equals_the_one_EF_Core_stores_column_for_column()
    {
        var at = TestDatabase.Start.AddSeconds(7).AddTicks(1234567);
        var actor = Guid.NewGuid();
        AuditEntry Entry(Guid? vehicle) =>
            new()
            {
                OccurredAt = at,
                ActorUserId = actor,
                Action = "fuel.logged",
                EntityType = "FuelEntry",
                EntityId = Guid.Parse("0193a000-0000-7000-8000-00000000abcd"),
                VehicleId = vehicle,
                DataJson = """{"litres":42.5,"name":"Иван"}""",
            };
        var vehicle = Guid.NewGuid();
        var (byEf, byHand) = await StoreBothWaysAsync(Entry(vehicle), Entry(vehicle), e => e.Id);
        var (byEfNulls, byHandNulls) = await StoreBothWaysAsync(Entry(null), Entry(null), e => e.Id);

        await AssertSameColumnsAsync("audit_log", byEf, byHand);
        await AssertSameColumnsAsync("audit_log", byEfNulls, byHandNulls);
    }

    [Fact]
    public async Task An_engagement_event_stored_by_hand_equals_the_one_EF_Core_stores_column_for_column()
    {
        var (user, center) = (Guid.NewGuid(), Guid.NewGuid());
        EngagementEvent Event() =>
            new()
            {
                UserId = user,
                VehicleId = null,
                ServiceCenterId = center,
                EventType = "visit.confirmed",
                MetadataJson = "{}",
                CreatedAt = TestDatabase.Start.AddMilliseconds(1),
            };
        var (byEf, byHand) = await StoreBothWaysAsync(Event(), Event(), e => e.Id);

        await AssertSameColumnsAsync("engagement_events", byEf, byHand);
    }

    [Fact]
    public async Task A_save_that_fails_keeps_its_new_rows_and_the_next_save_stores_each_once()
    {
        await using (var setup = _db.NewContext())
        {
            setup.ProcessedUpdates.Add(new ProcessedUpdate { UpdateId = 77, ProcessedAt = TestDatabase.Start });
            await setup.SaveChangesAsync();
        }
        await using var db = _db.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var entry = new AuditEntry
        {
            OccurredAt = TestDatabase.Start,
            Action = "a",
            EntityType = "b",
        };
        db.AuditLog.Add(entry);
        var repeat = db.ProcessedUpdates.Add(new ProcessedUpdate { UpdateId = 77, ProcessedAt = TestDatabase.Start });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(EntityState.Added, db.Entry(entry).State);
        repeat.State = EntityState.Detached;
        Assert.Equal(1, await db.SaveChangesAsync());
        await transaction.CommitAsync();
        Assert.Equal(1, await _db.ScalarAsync(c => c.AuditLog.CountAsync(a => a.Id == entry.Id)));
    }

    /// <summary>The first row saved by EF Core (no transaction of the caller's), the second inside one, by hand.</summary>
    private async Task<(Guid ByEf, Guid ByHand)> StoreBothWaysAsync<T>(T first, T second, Func<T, Guid> id)
        where T : class
    {
        await using (var db = _db.NewContext())
        {
            db.Add(first);
            await db.SaveChangesAsync();
            Assert.Equal(EntityState.Unchanged, db.Entry(first).State);
        }
        await using (var db = _db.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(second);
            Assert.Equal(1, await db.SaveChangesAsync());
            // Stored by hand, so no longer tracked: EF Core would have kept it as Unchanged.
            Assert.Equal(EntityState.Detached, db.Entry(second).State);
            await transaction.CommitAsync();
        }
        return (id(first), id(second));
    }

    private async Task AssertSameColumnsAsync(string table, Guid byEf, Guid byHand)
    {
        var ef = await RawRowAsync(table, byEf);
        var hand = await RawRowAsync(table, byHand);
        Assert.Equal(byEf.ToString().ToUpperInvariant(), ef["id"]);
        Assert.Equal(byHand.ToString().ToUpperInvariant(), hand["id"]);
        ef.Remove("id");
        hand.Remove("id");
        Assert.Equal(ef, hand);
    }

    /// <summary>Every column as SQLite holds it: its storage class and its value as text.</summary>
    private async Task<Dictionary<string, string>> RawRowAsync(string table, Guid id)
    {
        await using var connection = new SqliteConnection(_db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var row = new Dictionary<string, string>();
        for (var i = 0; i < reader.FieldCount; i++)
            row[reader.GetName(i)] =
                reader.IsDBNull(i) ? "null"
                : reader.GetName(i) == "id" ? reader.GetString(i)
                : $"{reader.GetDataTypeName(i)}:{reader.GetString(i)}";
        return row;
    }
}
