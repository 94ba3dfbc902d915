using CarPass.Data.Fuel;
using CarPass.Data.Odometer;
using CarPass.Data.Persistence;
using CarPass.Data.ServiceCenters;
using CarPass.Data.Tests.Support;
using CarPass.Data.Timeline;
using CarPass.Data.Visits;
using CarPass.Domain.Maintenance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPass.Data.Tests.Timeline;

/// <summary>
/// A kept first page (<see cref="TimelinePageCache"/>) is never served after a write that changes it:
/// writes through the product's use cases in this process, and writes by another connection (as a
/// CLI verb in another process would make), are all seen by the very next read.
/// </summary>
public sealed class TimelineFreshnessTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private Guid _owner;
    private Guid _car;
    private Guid _visit;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var (owner, car) = await Garage.OwnerWithCarAsync(_db);
        (_owner, _car) = (owner.Id, car.Id);
        var (center, employee) = await Garage.VerifiedCenterAsync(_db);
        (await _db.Get<ServiceCenterUseCases>().GrantAccessAsync(_owner, _car, center.Id, 7, default)).Ok();
        (await _db.Get<FuelUseCases>().LogAsync(_owner, _car, new FuelDraft(20), default)).Ok();
        _db.Clock.Advance(TimeSpan.FromHours(1));
        var draft = new VisitDraft(_db.Clock.GetUtcNow().UtcDateTime, "Pads", 50_100, Work: [ServiceKind.BrakePads]);
        _visit = (await _db.Get<VisitUseCases>().CreateAsync(employee.Id, center.Id, _car, draft, default)).Ok().Id;
        _db.Clock.Advance(TimeSpan.FromHours(1));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    public static TheoryData<string> Writes => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_write_that_changes_the_first_page_is_seen_by_the_next_read(string write)
    {
        var (act, shows) = Cases[write];
        var kept = await KeptFirstPageAsync();
        Assert.Same(kept, await FirstPageAsync()); // the page is kept: a stale one would be served next
        Assert.False(shows(kept, this));

        await act(this);
        var next = await FirstPageAsync();

        Assert.True(shows(next, this));
    }

    [Fact]
    public async Task A_read_with_nothing_written_between_serves_the_kept_page_and_only_to_its_viewer()
    {
        var stranger = await _db.UserAsync(77);
        var kept = await KeptFirstPageAsync();

        Assert.Same(kept, await FirstPageAsync());
        Assert.Null(await _db.Get<TimelineReader>().ReadAsync(stranger.Id, _car, null, 20, default));
    }

    private static readonly Dictionary<
        string,
        (Func<TimelineFreshnessTests, Task> Act, Func<TimelinePage, TimelineFreshnessTests, bool> Shows)
    > Cases = new()
    {
        ["fill-up logged"] = (
            async t => (await t._db.Get<FuelUseCases>().LogAsync(t._owner, t._car, new FuelDraft(33), default)).Ok(),
            (p, _) => p.Entries.Any(e => e.Litres == 33)
        ),
        ["odometer logged"] = (
            async t => (await t._db.Get<OdometerUseCases>().LogAsync(t._owner, t._car, 50_500, false, default)).Ok(),
            (p, _) => p.Entries.Any(e => e.Type == TimelineEntryType.Odometer && e.OdometerKm == 50_500)
        ),
        ["visit confirmed"] = (
            async t => (await t._db.Get<VisitUseCases>().ConfirmAsync(t._owner, t._visit, default)).Ok(),
            (p, _) => p.Entries.Any(e => e.Type == TimelineEntryType.VisitConfirmed)
        ),
        ["visit disputed"] = (
            async t =>
                (await t._db.Get<VisitDecisionUseCases>().DisputeAsync(t._owner, t._visit, "Not my car", default)).Ok(),
            (p, _) => p.Entries.Any(e => e.Type == TimelineEntryType.Dispute)
        ),
        ["visit hidden by another process"] = (
            t => t._db.WriteElsewhereAsync("UPDATE service_visits SET hidden_at = '2026-06-15 12:00:00'"),
            (p, _) => p.Entries.All(e => e.Type != TimelineEntryType.Visit)
        ),
        ["centre renamed by another process"] = (
            t => t._db.WriteElsewhereAsync("UPDATE service_centers SET name = 'Renamed'"),
            (p, _) => p.Centers.Values.Any(c => c.Name == "Renamed")
        ),
        ["fill-up deleted by another process"] = (
            t => t._db.WriteElsewhereAsync("UPDATE fuel_entries SET deleted_at = '2026-06-15 12:00:00'"),
            (p, _) => p.Entries.All(e => e.Type != TimelineEntryType.Fuel)
        ),
    };

    [Fact]
    public async Task A_context_whose_connection_is_already_open_is_served_the_kept_page_and_sees_the_next_write()
    {
        var kept = await KeptFirstPageAsync();
        await using var scope = _db.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CarPassDbContext>();
        await db.Database.OpenConnectionAsync(); // as a signed-in API request holds it
        var reader = scope.ServiceProvider.GetRequiredService<TimelineReader>();

        Assert.Same(kept, await reader.ReadAsync(_owner, _car, null, TimelineReader.DefaultPageSize, default));
        (await _db.Get<FuelUseCases>().LogAsync(_owner, _car, new FuelDraft(44), default)).Ok();
        var next = await reader.ReadAsync(_owner, _car, null, TimelineReader.DefaultPageSize, default);

        Assert.Contains(next!.Entries, e => e.Litres == 44);
        Assert.Equal(System.Data.ConnectionState.Open, db.Database.GetDbConnection().State);
    }

    private async Task<TimelinePage> FirstPageAsync() =>
        (await _db.Get<TimelineReader>().ReadAsync(_owner, _car, null, TimelineReader.DefaultPageSize, default))!;

    /// <summary>
    /// The first page once it is kept: a pooled connection the cache meets for the first time drops
    /// every kept page (it cannot know what was written before), so the first reads after the setup's
    /// writes may each meet a new one. Nothing is written between these reads.
    /// </summary>
    private Task<TimelinePage> KeptFirstPageAsync() => KeptReads.StableAsync(FirstPageAsync, "The first page");
}
