using CarPass.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.Audit;

public sealed class AuditLogTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Every_write_appends_an_audit_entry_and_an_engagement_event()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);

        var actions = await _db.ScalarAsync(c =>
            c.AuditLog.Where(a => a.VehicleId == car.Id).Select(a => a.Action).ToListAsync()
        );
        var events = await _db.ScalarAsync(c =>
            c.EngagementEvents.Where(e => e.VehicleId == car.Id).Select(e => e.EventType).ToListAsync()
        );

        Assert.Contains("vehicle.added", actions);
        Assert.Contains("odometer.logged", actions);
        Assert.Equal(actions.Order(), events.Order());
        Assert.All(
            await _db.ScalarAsync(c => c.AuditLog.Where(a => a.VehicleId == car.Id).ToListAsync()),
            a => Assert.Equal(owner.Id, a.ActorUserId)
        );
    }

    [Fact]
    public async Task The_code_refuses_to_change_an_audit_entry()
    {
        await Garage.OwnerWithCarAsync(_db);
        await using var context = _db.NewContext();
        var entry = await context.AuditLog.FirstAsync();

        entry.Action = "rewritten";

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task The_code_refuses_to_delete_an_audit_entry()
    {
        await Garage.OwnerWithCarAsync(_db);
        await using var context = _db.NewContext();
        context.AuditLog.Remove(await context.AuditLog.FirstAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    [Theory]
    [InlineData("UPDATE audit_log SET action = 'rewritten'")]
    [InlineData("DELETE FROM audit_log")]
    public async Task The_database_refuses_to_change_or_delete_audit_entries_even_through_raw_sql(string sql)
    {
        await Garage.OwnerWithCarAsync(_db);
        var before = await _db.ScalarAsync(c => c.AuditLog.CountAsync());
        await using var context = _db.NewContext();

        var error = await Assert.ThrowsAsync<SqliteException>(() => context.Database.ExecuteSqlRawAsync(sql));

        Assert.Contains("append-only", error.Message);
        Assert.Equal(before, await _db.ScalarAsync(c => c.AuditLog.CountAsync(a => a.Action != "rewritten")));
    }
}
