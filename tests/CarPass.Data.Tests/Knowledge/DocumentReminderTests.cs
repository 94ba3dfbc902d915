using CarPass.Data.Documents;
using CarPass.Data.Notifications;
using CarPass.Data.Tests.Notifications;
using CarPass.Data.Tests.Support;
using CarPass.Domain.Documents;
using CarPass.Domain.Notifications;

namespace CarPass.Data.Tests.Knowledge;

/// <summary>Expiring documents through the real sweep, with the clock moved day by day.</summary>
public sealed class DocumentReminderTests : IAsyncLifetime
{
    private static readonly DateTime Expiry = new(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc);
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_policy_is_reminded_30_and_7_days_before_expiry_and_once_lapsed_each_once()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        await AddAsync(owner.Id, car.Id, DocumentKind.Osago, Expiry);

        await SweepTwiceAtAsync(new DateTime(2026, 6, 15, 10, 0, 0, DateTimeKind.Utc));
        var early = await RowsAsync();
        await SweepTwiceAtAsync(new DateTime(2026, 7, 2, 10, 0, 0, DateTimeKind.Utc));
        var month = await RowsAsync();
        await SweepTwiceAtAsync(new DateTime(2026, 7, 25, 10, 0, 0, DateTimeKind.Utc));
        var week = await RowsAsync();
        await SweepTwiceAtAsync(new DateTime(2026, 8, 2, 10, 0, 0, DateTimeKind.Utc));

        Assert.Empty(early);
        var first = Assert.Single(month);
        Assert.Equal(NotificationKind.DocumentExpiring, first.Kind);
        Assert.Equal(30, NudgePayload.Read(first.PayloadJson).Facts.DaysLeft);
        Assert.Equal(2, week.Count);
        Assert.Equal(7, NudgePayload.Read(week[1].PayloadJson).Facts.DaysLeft);
        var lapsed = Assert.Single(await RowsAsync(), r => r.Kind == NotificationKind.DocumentLapsed);
        var facts = NudgePayload.Read(lapsed.PayloadJson).Facts;
        Assert.Equal(DocumentKind.Osago, facts.DocumentKind);
        Assert.Equal(Expiry, facts.ExpiresOn);
        Assert.Equal(3, (await RowsAsync()).Count);
    }

    [Fact]
    public async Task A_document_added_a_week_before_expiry_gets_one_reminder_not_two()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        _db.Clock.SetUtcNow(new DateTime(2026, 7, 26, 10, 0, 0, DateTimeKind.Utc));
        await AddAsync(owner.Id, car.Id, DocumentKind.Inspection, Expiry);

        await SweepTwiceAtAsync(new DateTime(2026, 7, 26, 11, 0, 0, DateTimeKind.Utc));
        await SweepTwiceAtAsync(new DateTime(2026, 7, 28, 11, 0, 0, DateTimeKind.Utc));

        var row = Assert.Single(await RowsAsync());
        Assert.Equal(NotificationKind.DocumentExpiring, row.Kind);
        Assert.Equal(6, NudgePayload.Read(row.PayloadJson).Facts.DaysLeft);
    }

    [Fact]
    public async Task A_renewed_policy_is_not_called_lapsed()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        await AddAsync(owner.Id, car.Id, DocumentKind.Osago, Expiry);
        await AddAsync(owner.Id, car.Id, DocumentKind.Osago, Expiry.AddYears(1));

        await SweepTwiceAtAsync(new DateTime(2026, 7, 2, 10, 0, 0, DateTimeKind.Utc));
        await SweepTwiceAtAsync(new DateTime(2026, 8, 2, 10, 0, 0, DateTimeKind.Utc));

        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task The_day_is_the_owners_a_policy_lapses_at_midnight_in_their_time_zone()
    {
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        await AddAsync(owner.Id, car.Id, DocumentKind.Osago, Expiry);

        // 21:30 UTC on the expiry day is already the next day in Moscow (UTC+3).
        await SweepTwiceAtAsync(new DateTime(2026, 8, 1, 21, 30, 0, DateTimeKind.Utc));

        var row = Assert.Single(await RowsAsync());
        Assert.Equal(NotificationKind.DocumentLapsed, row.Kind);
    }

    private async Task AddAsync(Guid userId, Guid carId, DocumentKind kind, DateTime expires) =>
        (
            await _db.Get<DocumentUseCases>()
                .AddAsync(userId, carId, new DocumentDraft(kind, "XXX 0123454821", expires), default)
        ).Ok();

    private async Task SweepTwiceAtAsync(DateTime utc)
    {
        _db.Clock.SetUtcNow(utc);
        await Nudges.SweepAsync(_db);
        await Nudges.SweepAsync(_db);
    }

    private async Task<List<OutboxMessage>> RowsAsync() =>
        [.. (await Nudges.OutboxAsync(_db)).Where(o => KnowledgeSweepReader.IsKnowledge(o.Kind))];
}
