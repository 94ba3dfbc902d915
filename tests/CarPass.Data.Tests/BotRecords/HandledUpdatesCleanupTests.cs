using CarPass.Data.Bot;
using CarPass.Data.Ocr;
using CarPass.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CarPass.Data.Tests.BotRecords;

/// <summary>Handled updates are forgotten after the cut-off; anything newer, or not yet applied, stays.</summary>
public sealed class HandledUpdatesCleanupTests : IAsyncLifetime
{
    private static readonly DateTime Cutoff = TestDatabase.Start;
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Only_handled_updates_older_than_the_cutoff_are_removed()
    {
        var sender = await _db.UserAsync(5);
        await using (var context = _db.NewContext())
        {
            context.OcrAttempts.AddRange(
                new OcrAttempt
                {
                    UpdateId = 1,
                    UserId = sender.Id,
                    CreatedAt = Cutoff.AddDays(-4),
                },
                new OcrAttempt
                {
                    UpdateId = 4,
                    UserId = sender.Id,
                    CreatedAt = Cutoff.AddHours(1),
                }
            );
            context.ProcessedUpdates.AddRange(
                new ProcessedUpdate { UpdateId = 1, ProcessedAt = Cutoff.AddDays(-4) },
                new ProcessedUpdate { UpdateId = 2, ProcessedAt = Cutoff.AddSeconds(-1) },
                new ProcessedUpdate { UpdateId = 3, ProcessedAt = Cutoff },
                new ProcessedUpdate { UpdateId = 4, ProcessedAt = Cutoff.AddHours(1) }
            );
            context.InboundUpdates.AddRange(
                Inbound(10, received: Cutoff.AddDays(-5), processed: Cutoff.AddDays(-5)),
                Inbound(11, received: Cutoff.AddDays(-5), processed: null),
                Inbound(12, received: Cutoff.AddDays(-1), processed: Cutoff.AddHours(2))
            );
            await context.SaveChangesAsync();
        }

        var removed = await _db.Get<HandledUpdatesCleanup>().RemoveHandledBeforeAsync(Cutoff, default);

        Assert.Equal(new HandledUpdatesRemoved(2, 1, 1), removed);
        Assert.Equal(
            [3L, 4L],
            await _db.ScalarAsync(c => c.ProcessedUpdates.Select(p => p.UpdateId).OrderBy(id => id).ToListAsync())
        );
        Assert.Equal([4L], await _db.ScalarAsync(c => c.OcrAttempts.Select(a => a.UpdateId).ToListAsync()));
        Assert.Equal(
            [11L, 12L],
            await _db.ScalarAsync(c => c.InboundUpdates.Select(u => u.UpdateId).OrderBy(id => id).ToListAsync())
        );
    }

    [Fact]
    public async Task Running_it_again_removes_nothing_more()
    {
        await using (var context = _db.NewContext())
        {
            context.ProcessedUpdates.Add(new ProcessedUpdate { UpdateId = 1, ProcessedAt = Cutoff.AddDays(-4) });
            await context.SaveChangesAsync();
        }
        var cleanup = _db.Get<HandledUpdatesCleanup>();
        await cleanup.RemoveHandledBeforeAsync(Cutoff, default);

        Assert.Equal(new HandledUpdatesRemoved(0, 0, 0), await cleanup.RemoveHandledBeforeAsync(Cutoff, default));
    }

    private static InboundUpdate Inbound(long id, DateTime received, DateTime? processed) =>
        new()
        {
            UpdateId = id,
            ChatId = 42,
            PayloadJson = "{}",
            ReceivedAt = received,
            ProcessedAt = processed,
        };
}
