using CarPass.Data.Persistence;
using CarPass.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.WriteTurns;

/// <summary>Writers of one SQLite file take turns in arrival order, and a finished writer always gives its turn back.</summary>
public sealed class WriteTransactionsTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("commit")]
    [InlineData("rollback")]
    [InlineData("dispose")]
    public async Task The_next_writer_starts_once_the_current_one_finishes(string ending)
    {
        await using var first = _db.NewContext();
        await using var second = _db.NewContext();
        var current = await first.Database.BeginWriteTransactionAsync(default);

        var next = second.Database.BeginWriteTransactionAsync(default);
        await Task.Delay(200);
        Assert.False(next.IsCompleted);

        switch (ending)
        {
            case "commit":
                await current.CommitAsync();
                break;
            case "rollback":
                await current.RollbackAsync();
                break;
        }
        await current.DisposeAsync();
        await using var started = await next.WaitAsync(Patience);
        Assert.NotNull(second.Database.CurrentTransaction);
    }

    [Fact]
    public async Task Writers_waiting_for_their_turn_get_it_in_arrival_order()
    {
        await using var holder = _db.NewContext();
        var current = await holder.Database.BeginWriteTransactionAsync(default);
        var order = new List<int>();
        var writers = new List<Task>();
        for (var i = 0; i < 5; i++)
        {
            var writer = i;
            writers.Add(WriteInTurnAsync(writer, order));
            await Task.Delay(50);
        }

        await current.DisposeAsync();
        await Task.WhenAll(writers).WaitAsync(Patience);

        Assert.Equal([0, 1, 2, 3, 4], order);
    }

    [Fact]
    public async Task A_writer_cancelled_while_waiting_does_not_keep_the_turn()
    {
        await using var holder = _db.NewContext();
        await using var cancelled = _db.NewContext();
        await using var later = _db.NewContext();
        var current = await holder.Database.BeginWriteTransactionAsync(default);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            cancelled.Database.BeginWriteTransactionAsync(stop.Token)
        );
        await current.DisposeAsync();

        await using var turn = await later.Database.BeginWriteTransactionAsync(default).WaitAsync(Patience);
        Assert.NotNull(later.Database.CurrentTransaction);
    }

    private async Task WriteInTurnAsync(int writer, List<int> order)
    {
        await using var context = _db.NewContext();
        await using var transaction = await context.Database.BeginWriteTransactionAsync(default);
        lock (order)
            order.Add(writer);
        await context.Database.ExecuteSqlRawAsync("SELECT 1");
        await transaction.CommitAsync();
    }
}
