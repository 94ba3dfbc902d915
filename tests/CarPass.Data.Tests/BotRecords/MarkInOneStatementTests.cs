using CarPass.Data.Bot;
using CarPass.Data.Persistence;
using CarPass.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.BotRecords;

/// <summary>An update that changed nothing else is marked handled by one statement that commits by itself, in the writers' turn (on both databases).</summary>
public sealed class MarkInOneStatementTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    public static TheoryData<string> Providers => [StorageRegistration.Sqlite, StorageRegistration.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task The_first_mark_wins_and_a_second_one_says_the_update_was_handled(string provider)
    {
        if (provider == StorageRegistration.Postgres)
            TestPostgres.SkipUnlessAvailable();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = database.NewContext();
        await using var second = database.NewContext();

        Assert.True(await HandledUpdates.TryMarkAsync(first, 42, TestDatabase.Start, default));
        Assert.False(await HandledUpdates.TryMarkAsync(second, 42, TestDatabase.Start.AddSeconds(1), default));

        var mark = await database.ScalarAsync(db => db.ProcessedUpdates.SingleAsync());
        Assert.Equal((42L, TestDatabase.Start), (mark.UpdateId, mark.ProcessedAt));
    }

    [Fact]
    public async Task The_mark_waits_for_a_writer_that_holds_the_turn()
    {
        var gate = _db.Get<WriteGate>();
        await using var writer = _db.NewContext();
        await using var marker = _db.NewContext();
        Task<bool> marking;
        await using (var transaction = await gate.BeginAsync(writer, default))
        {
            marking = gate.RunAsync(
                marker,
                () => HandledUpdates.TryMarkAsync(marker, 7, TestDatabase.Start, default),
                default
            );
            await Task.Delay(200);
            Assert.False(marking.IsCompleted);
            await HandledUpdates.MarkAsync(writer, 7, TestDatabase.Start, default);
            await transaction.CommitAsync(default);
        }

        Assert.False(await marking);
        Assert.Equal(1, await _db.ScalarAsync(db => db.ProcessedUpdates.CountAsync()));
    }
}
