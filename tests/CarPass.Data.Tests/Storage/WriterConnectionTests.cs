using System.Data;
using CarPass.Data.Bot;
using CarPass.Data.Persistence;
using CarPass.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace CarPass.Data.Tests.Storage;

/// <summary>
/// A turn at the write gate whose context's connection is closed writes through the gate's one
/// connection (its page cache stays warm, <see cref="WriterConnection"/>), and the context gets a
/// connection of its own back when its turn ends, so nothing reads or writes on the writer outside a
/// turn; a context held open keeps its own connection throughout.
/// </summary>
public sealed class WriterConnectionTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Turns_of_different_contexts_write_through_one_connection_and_each_context_gets_its_own_back()
    {
        var gate = _db.Get<WriteGate>();
        await using var firstScope = _db.Scope();
        await using var secondScope = _db.Scope();
        var first = firstScope.ServiceProvider.GetRequiredService<CarPassDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<CarPassDbContext>();

        sqlite3 writer;
        await using (var transaction = await gate.BeginAsync(first, default))
        {
            writer = Handle(first);
            first.ProcessedUpdates.Add(new ProcessedUpdate { UpdateId = 1, ProcessedAt = TestDatabase.Start });
            await first.SaveChangesAsync();
            await transaction.CommitAsync(default);
        }

        Assert.Equal(ConnectionState.Closed, first.Database.GetDbConnection().State);
        await first.Database.OpenConnectionAsync();
        Assert.NotSame(writer, Handle(first));
        Assert.Equal(1, await first.ProcessedUpdates.CountAsync());
        await first.Database.CloseConnectionAsync();

        var inSecondTurn = await gate.RunAsync(
            second,
            async () =>
            {
                await second.Database.ExecuteSqlRawAsync(
                    "INSERT INTO processed_updates (update_id, processed_at) VALUES (2, '2026-06-15 10:00:00')"
                );
                return Handle(second);
            },
            default
        );
        Assert.Same(writer, inSecondTurn);
        Assert.Equal(ConnectionState.Closed, second.Database.GetDbConnection().State);
        Assert.Equal(2, await _db.ScalarAsync(c => c.ProcessedUpdates.CountAsync()));
    }

    [Fact]
    public async Task A_context_its_caller_holds_open_writes_on_its_own_connection_and_stays_open()
    {
        var gate = _db.Get<WriteGate>();
        await using var scope = _db.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
        await db.Database.OpenConnectionAsync();
        var own = Handle(db);

        await using (var transaction = await gate.BeginAsync(db, default))
        {
            Assert.Same(own, Handle(db));
            db.ProcessedUpdates.Add(new ProcessedUpdate { UpdateId = 5, ProcessedAt = TestDatabase.Start });
            await db.SaveChangesAsync();
            await transaction.CommitAsync(default);
        }

        Assert.Same(own, Handle(db));
        Assert.Equal(ConnectionState.Open, db.Database.GetDbConnection().State);
        await db.Database.CloseConnectionAsync();
        Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);
        Assert.Equal(1, await _db.ScalarAsync(c => c.ProcessedUpdates.CountAsync()));
    }

    [Fact]
    public async Task A_turn_that_fails_rolls_back_and_still_gives_the_context_its_own_connection()
    {
        var gate = _db.Get<WriteGate>();
        await using var scope = _db.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
        sqlite3? writer = null;

        var failure = await Record.ExceptionAsync(async () =>
        {
            await using var transaction = await gate.BeginAsync(db, default);
            writer = Handle(db);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO processed_updates (update_id, processed_at) VALUES (3, '2026-06-15 10:00:00')"
            );
            throw new InvalidOperationException("a bug");
        });

        Assert.IsType<InvalidOperationException>(failure);
        Assert.Equal(0, await db.ProcessedUpdates.CountAsync());
        await db.Database.OpenConnectionAsync();
        Assert.NotSame(writer, Handle(db));
        await db.Database.CloseConnectionAsync();
        await using var next = await gate.BeginAsync(db, default);
        Assert.Same(writer, Handle(db));
    }

    [Fact]
    public async Task A_context_on_another_database_writes_on_its_own_connection_in_its_turn()
    {
        var gate = _db.Get<WriteGate>();
        await using var other = await TestDatabase.CreateAsync();
        await using var scope = other.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();

        await using (var transaction = await gate.BeginAsync(db, default))
        {
            db.ProcessedUpdates.Add(new ProcessedUpdate { UpdateId = 4, ProcessedAt = TestDatabase.Start });
            await db.SaveChangesAsync();
            await transaction.CommitAsync(default);
        }

        Assert.Equal(1, await other.ScalarAsync(c => c.ProcessedUpdates.CountAsync()));
        Assert.Equal(0, await _db.ScalarAsync(c => c.ProcessedUpdates.CountAsync()));
    }

    private static sqlite3 Handle(CarPassDbContext db) => ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
}
