using CarPass.Data.Access;
using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Persistence;
using CarPass.Data.Tests.Support;
using CarPass.Data.Timeline;
using CarPass.Data.Vehicles;

namespace CarPass.Data.Tests.Timeline;

/// <summary>The timeline's keyset pages, on both databases (each compiles its own statement).</summary>
public sealed class TimelinePagingTests
{
    public static TheoryData<string> Providers => [StorageRegistration.Sqlite, StorageRegistration.Postgres];

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Pages_of_any_size_give_every_entry_once_newest_first_even_when_times_tie(string provider)
    {
        await using var db = await CreateAsync(provider);
        var (owner, car) = await Garage.OwnerWithCarAsync(db);
        await TiedEntriesAsync(db, owner.Id, car.Id);
        var all = await EntriesAsync(db, owner.Id, car.Id, TimelineReader.MaxPageSize);

        foreach (var size in new[] { 1, 2, 3, 7 })
            Assert.Equal(all, await EntriesAsync(db, owner.Id, car.Id, size));

        Assert.True(all.Count >= 9);
        Assert.Equal(all.OrderByDescending(e => e.OccurredAt).Select(e => e.OccurredAt), all.Select(e => e.OccurredAt));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Entries_added_while_someone_scrolls_neither_repeat_nor_hide_the_rest(string provider)
    {
        await using var db = await CreateAsync(provider);
        var (owner, car) = await Garage.OwnerWithCarAsync(db);
        await TiedEntriesAsync(db, owner.Id, car.Id);
        var before = await EntriesAsync(db, owner.Id, car.Id, TimelineReader.MaxPageSize);
        var reader = db.Get<TimelineReader>();
        var first = (await reader.ReadAsync(owner.Id, car.Id, null, 3, default))!;

        db.Clock.Advance(TimeSpan.FromHours(1));
        (await db.Get<FuelUseCases>().LogAsync(owner.Id, car.Id, new FuelDraft(25, IsFullTank: false), default)).Ok();
        var backDated = (
            await db.Get<FuelUseCases>()
                .LogAsync(owner.Id, car.Id, new FuelDraft(15, FilledAt: TestDatabase.Start.AddDays(-30)), default)
        ).Ok();
        var rest = await EntriesAsync(db, owner.Id, car.Id, 2, first.Next);

        Assert.Equal(before.Take(3), first.Entries);
        var expected = before.Skip(3).Append(Entry(backDated)).OrderByDescending(e => e.OccurredAt).ToList();
        Assert.Equal(expected.Select(e => e.Key), rest.Select(e => e.Key));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_page_that_ends_the_timeline_has_no_next_cursor(string provider)
    {
        await using var db = await CreateAsync(provider);
        var (owner, car) = await Garage.OwnerWithCarAsync(db);
        await TiedEntriesAsync(db, owner.Id, car.Id);
        var reader = db.Get<TimelineReader>();
        var count = (await reader.ReadAsync(owner.Id, car.Id, null, TimelineReader.MaxPageSize, default))!
            .Entries
            .Count;

        var exact = (await reader.ReadAsync(owner.Id, car.Id, null, count, default))!;
        var short1 = (await reader.ReadAsync(owner.Id, car.Id, null, count - 1, default))!;
        var last = (await reader.ReadAsync(owner.Id, car.Id, short1.Next, count, default))!;

        Assert.True(count >= 3);
        Assert.Null(exact.Next);
        Assert.NotNull(short1.Next);
        Assert.Single(last.Entries);
        Assert.Null(last.Next);
    }

    [Fact]
    public async Task A_cursor_works_only_for_the_person_and_the_vehicle_it_was_given_for()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (owner, car) = await Garage.OwnerWithCarAsync(db);
        var polo = (await db.Get<VehicleUseCases>().AddAsync(owner.Id, new VehicleDraft("Polo"), default)).Ok();
        await TiedEntriesAsync(db, owner.Id, car.Id);
        var viewer = await db.UserAsync(42);
        await using (var context = db.NewContext())
        {
            context.VehicleAccessGrants.Add(
                new VehicleAccessGrant
                {
                    VehicleId = car.Id,
                    Role = AccessRole.Viewer,
                    UserId = viewer.Id,
                }
            );
            await context.SaveChangesAsync();
        }
        var page = (await db.Get<TimelineReader>().ReadAsync(owner.Id, car.Id, null, 1, default))!;
        var text = page.Next!.Encode(owner.Id, car.Id);

        Assert.Equal(page.Next, TimelineCursor.TryParse(text, owner.Id, car.Id));
        Assert.Null(TimelineCursor.TryParse(text, viewer.Id, car.Id));
        Assert.Null(TimelineCursor.TryParse(text, owner.Id, polo.Id));
        Assert.NotNull(await db.Get<TimelineReader>().ReadAsync(viewer.Id, car.Id, null, 1, default));
    }

    private static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == StorageRegistration.Postgres)
            TestPostgres.SkipUnlessAvailable();
        return await TestDatabase.CreateAsync(provider);
    }

    /// <summary>Fill-ups, readings and a service entry, several of them at one moment, of the same type or not.</summary>
    private static async Task TiedEntriesAsync(TestDatabase db, Guid ownerId, Guid carId)
    {
        var moment = TestDatabase.Start.AddDays(-5);
        var fuel = db.Get<FuelUseCases>();
        foreach (var litres in new[] { 20.0, 25.0, 30.0 })
            (
                await fuel.LogAsync(ownerId, carId, new FuelDraft(litres, FilledAt: moment, IsFullTank: false), default)
            ).Ok();
        for (var day = 1; day <= 4; day++)
            (
                await fuel.LogAsync(ownerId, carId, new FuelDraft(10 * day, FilledAt: moment.AddDays(-day)), default)
            ).Ok();
        db.Clock.Advance(TimeSpan.FromMinutes(1));
        (await db.Get<OdometerUseCases>().LogAsync(ownerId, carId, 50_100, false, default)).Ok();
    }

    private static async Task<List<TimelineEntry>> EntriesAsync(
        TestDatabase db,
        Guid userId,
        Guid vehicleId,
        int size,
        TimelineCursor? from = null
    )
    {
        var reader = db.Get<TimelineReader>();
        var entries = new List<TimelineEntry>();
        var cursor = from;
        do
        {
            var page = (await reader.ReadAsync(userId, vehicleId, cursor, size, default))!;
            Assert.InRange(page.Entries.Count, 1, size);
            entries.AddRange(page.Entries);
            cursor = page.Next is null
                ? null
                : TimelineCursor.TryParse(page.Next.Encode(userId, vehicleId), userId, vehicleId);
        } while (cursor is not null);
        return entries;
    }

    private static TimelineEntry Entry(FuelEntry f) =>
        new(
            TimelineEntryType.Fuel,
            f.Id,
            f.FilledAt,
            Status: f.IsFullTank ? "full_tank" : "partial",
            OdometerKm: f.OdometerKm,
            Litres: f.Litres
        );
}
