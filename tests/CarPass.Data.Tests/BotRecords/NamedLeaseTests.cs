using CarPass.Data.Leases;
using CarPass.Data.Tests.Support;

namespace CarPass.Data.Tests.BotRecords;

public sealed class NamedLeaseTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_live_lease_is_renewed_by_its_owner_and_refused_to_anyone_else_until_it_expires()
    {
        var leases = _db.Get<NamedLeases>();

        var taken = await leases.TryTakeAsync("job-server", "first", Lease, default);
        var renewed = await leases.TryTakeAsync("job-server", "first", Lease, default);
        var refused = await leases.TryTakeAsync("job-server", "second", Lease, default);
        var otherName = await leases.TryTakeAsync("another-job", "second", Lease, default);
        _db.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var afterExpiry = await leases.TryTakeAsync("job-server", "second", Lease, default);

        Assert.True(taken);
        Assert.True(renewed);
        Assert.False(refused);
        Assert.True(otherName);
        Assert.True(afterExpiry);
    }

    [Fact]
    public async Task A_released_lease_is_free_at_once_but_only_its_owner_releases_it()
    {
        var leases = _db.Get<NamedLeases>();
        await leases.TryTakeAsync("job-server", "first", Lease, default);

        await leases.ReleaseAsync("job-server", "second", default);
        var whileHeld = await leases.TryTakeAsync("job-server", "second", Lease, default);
        await leases.ReleaseAsync("job-server", "first", default);
        var afterRelease = await leases.TryTakeAsync("job-server", "second", Lease, default);

        Assert.False(whileHeld);
        Assert.True(afterRelease);
    }

    [Fact]
    public async Task A_named_lease_is_no_chat_lease()
    {
        await _db.Get<NamedLeases>().TryTakeAsync("job-server", "first", Lease, default);

        Assert.Equal(0, await _db.ScalarAsync(c => Task.FromResult(c.ChatLeases.Count())));
    }
}
